package dev.kabinet.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the request's parameters before anything else does, and refuses a request whose query (or form body) Tomcat
 * cannot decode — a bad percent-escape, bytes that are not UTF-8 ({@code ?q=%ff%fe}), too many parameters — with the
 * problem detail of Tomcat's own status (400, or 413 for too many) instead of letting the decoding failure surface in
 * a controller's argument resolution as an unexpected 500.
 */
public class UnreadableParametersFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(UnreadableParametersFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
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
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(refusal);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(ProblemErrorReportValve.problem(refusal, request.getRequestURI()));
    }
}
