package dev.kabinet.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's error report for the refusals it makes before Spring MVC sees the request — an encoded {@code /} or
 * {@code %} it will not decode, headers over the limit, a request line it cannot parse — written as an RFC 9457
 * problem detail in Russian instead of Tomcat's HTML page (which names the server and its version). Installed in
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
            response.setHeader("Content-Language", null);
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(problem(code, request.getRequestURI()));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client went away or the response cannot take a body: nothing more to say
        }
    }

    static String problem(int code, String requestUri) {
        return problem(code, requestUri, null);
    }

    /** The problem of the status, with the given detail (the status's own when {@code null}). */
    static String problem(int code, String requestUri, String detail) {
        HttpStatus status = HttpStatus.resolve(code);
        String title = status == null ? "Error" : status.getReasonPhrase();
        var json = new StringBuilder("{\"type\":\"")
                .append(ProblemException.TYPE_BASE)
                .append(StatusProblems.slug(code))
                .append("\",\"title\":\"")
                .append(escape(title))
                .append("\",\"status\":")
                .append(code)
                .append(",\"detail\":\"")
                .append(escape(detail == null ? StatusProblems.detail(code) : detail))
                .append('"');
        if (isUriReference(requestUri)) {
            json.append(",\"instance\":\"").append(escape(requestUri)).append('"');
        }
        return json.append('}').toString();
    }

    private static boolean isUriReference(String value) {
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
