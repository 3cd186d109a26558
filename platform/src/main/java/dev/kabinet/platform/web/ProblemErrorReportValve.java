package dev.kabinet.platform.web;

import dev.kabinet.problems.ProblemCatalog;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.jspecify.annotations.Nullable;

/**
 * Tomcat's error report for the refusals it makes before Spring MVC sees the request — an encoded {@code /} or
 * {@code %} it will not decode, headers over the limit, a request line it cannot parse — written as an RFC 9457
 * problem detail in the resident's language instead of Tomcat's HTML page (which names the server and its version). Installed in
 * place of the host's {@link ErrorReportValve}; errors Spring MVC answers itself are never touched (their body is
 * already written).
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    public ProblemErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int code = response.getStatus();
        if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        var ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Cache-Control", "no-store");
            Locale language = language(request);
            response.setHeader("Content-Language", language.toLanguageTag());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(problem(code, request.getRequestURI(), language));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client went away or the response cannot take a body: nothing more to say
        }
    }

    /** The problem of a bare status in the language. */
    static String problem(int code, String requestUri, Locale language) {
        return problem(code, ProblemCatalog.slug(code), ProblemCatalog.detail(code, language), requestUri, language);
    }

    /**
     * A problem detail as JSON text, for the places that answer before Spring MVC can (the container, the security
     * filter chain, the request filters).
     *
     * @param requestUri the {@code instance}; left out when it is not a URI reference starting with {@code /}
     */
    public static String problem(int code, String slug, String detail, @Nullable String requestUri, Locale language) {
        String title = ProblemCatalog.title(code, language);
        var json = new StringBuilder("{\"type\":\"")
                .append(ProblemException.TYPE_BASE)
                .append(slug)
                .append("\",\"title\":\"")
                .append(escape(title))
                .append("\",\"status\":")
                .append(code)
                .append(",\"detail\":\"")
                .append(escape(detail))
                .append('"');
        if (isUriReference(requestUri)) {
            json.append(",\"instance\":\"").append(escape(requestUri)).append('"');
        }
        return json.append('}').toString();
    }

    /** The resident's language for a request the container refuses (Russian unless Accept-Language asks for English). */
    public static Locale language(HttpServletRequest request) {
        return ProblemCatalog.language(request.getHeader("Accept-Language"));
    }

    private static boolean isUriReference(@Nullable String value) {
        if (value == null || !value.startsWith("/")) {
            return false;
        }
        try {
            new URI(value);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String escape(String text) {
        var out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
