package dev.kabinet.platform.web;

import dev.kabinet.problems.ProblemCatalog;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything else reads it, a request a controller could not read, with a problem detail:
 * <ul>
 *   <li>an {@code Accept}, {@code Content-Type} or {@code Accept-Language} that does not parse ({@code q=NaN}, a type
 *       without {@code /}): 400 — Spring MVC answered an unparsable {@code Accept} with a 406 without a body, since no
 *       converter could write its problem in the "accepted" type;
 *   <li>a query (or form body) Tomcat cannot decode — a bad percent-escape, bytes that are not UTF-8
 *       ({@code ?q=%ff%fe}), too many parameters: Tomcat's own status (400, or 413 for too many) instead of the
 *       decoding failure surfacing in a controller's argument resolution as an unexpected 500.
 * </ul>
 */
public class UnreadableRequestFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(UnreadableRequestFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = unreadableHeader(request);
        if (header != null) {
            log.info("Refused an unreadable {} header", header);
            // the language cannot come from an unreadable Accept-Language: Russian then, as everywhere by default
            Locale language = HttpHeaders.ACCEPT_LANGUAGE.equals(header)
                    ? ProblemCatalog.RUSSIAN
                    : ProblemErrorReportValve.language(request);
            refuse(
                    response,
                    400,
                    ProblemErrorReportValve.problem(
                            400,
                            ProblemCatalog.slug(400),
                            ProblemCatalog.message("problem.header-unreadable", language, header),
                            request.getRequestURI(),
                            language));
            return;
        }
        int refusal;
        try {
            request.getParameterMap();
            refusal = 0;
        } catch (InvalidParameterException e) {
            refusal = e.getErrorCode() >= 400 && e.getErrorCode() < 500 ? e.getErrorCode() : 400;
            log.info("Refused unreadable parameters with {}: {}", refusal, e.getMessage());
        } catch (IllegalArgumentException | IllegalStateException e) {
            refusal = 400;
            log.info("Refused unreadable parameters: {}", e.getMessage());
        }
        if (refusal == 0) {
            chain.doFilter(request, response);
            return;
        }
        refuse(
                response,
                refusal,
                ProblemErrorReportValve.problem(
                        refusal, request.getRequestURI(), ProblemErrorReportValve.language(request)));
    }

    private static void refuse(HttpServletResponse response, int status, String problem) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(problem);
    }

    /** The name of the first header that does not parse, or {@code null} when they all do. */
    static String unreadableHeader(HttpServletRequest request) {
        for (String name : List.of(HttpHeaders.ACCEPT, HttpHeaders.CONTENT_TYPE, HttpHeaders.ACCEPT_LANGUAGE)) {
            Enumeration<String> values = request.getHeaders(name);
            while (values != null && values.hasMoreElements()) {
                String value = values.nextElement();
                if (!parses(name, value)) {
                    return name;
                }
            }
        }
        return null;
    }

    private static boolean parses(String name, String value) {
        try {
            switch (name) {
                case HttpHeaders.ACCEPT -> MediaType.parseMediaTypes(value);
                case HttpHeaders.CONTENT_TYPE -> MediaType.parseMediaType(value);
                default -> {
                    if (!value.isBlank()) {
                        Locale.LanguageRange.parse(value);
                    }
                }
            }
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
