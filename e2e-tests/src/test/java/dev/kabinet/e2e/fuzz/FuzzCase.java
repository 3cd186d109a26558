package dev.kabinet.e2e.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One generated request. It is sent as it stands (see {@link RawHttp}); the session's cookies and, when
 * {@link #csrf} says so, its CSRF header are added at sending time.
 *
 * @param id its number in the plan of the seed: {@code -Dkabinet.fuzz.only=<id>} sends it again
 * @param operation the OpenAPI operation it was made from
 * @param resident whose session sends it ({@code ivanova}, {@code petrov}) or {@code anonymous}
 * @param category what kind of hostility ({@code path:number:rtl}, {@code body:wrong-type} ...)
 * @param target the request target, bytes as sent (percent-encoded unless the case is about raw bytes)
 * @param headers headers beyond the session's cookies and CSRF header
 * @param body the body, or null
 * @param csrf whether and how the CSRF header is sent
 * @param mustRefuse true when any 2xx is a fault: a write (every fuzz write is hostile), another resident's data,
 *     a missing or wrong CSRF token, no session
 * @param expectedStatuses when not empty, the only acceptable statuses (besides a 429 problem): 403 for a write
 *     without a valid CSRF token ...
 */
record FuzzCase(
        int id,
        ApiCatalog.Operation operation,
        String resident,
        String category,
        String method,
        byte[] target,
        List<RawHttp.Header> headers,
        byte[] body,
        Csrf csrf,
        boolean mustRefuse,
        java.util.Set<Integer> expectedStatuses) {

    enum Csrf {
        /** the session's token, echoed as the web client does */
        SESSION,
        /** no header at all (a forged cross-site write) */
        NONE,
        /** a token the server never issued */
        WRONG,
        /** another session's valid token */
        OTHER_SESSION,
        /** a cookie {@code XSRF-TOKEN=x} planted by someone else and the same {@code x} in the header (issue 5, 1) */
        PLANTED
    }

    String service() {
        return operation.service();
    }

    String targetText() {
        return printable(new String(target, StandardCharsets.UTF_8), 300);
    }

    /** A shell line that sends the same bytes (give it the session's cookies), for the report of a violation. */
    String curl() {
        var line = new StringBuilder("curl -sS -i -X ")
                .append(method)
                .append(" --path-as-is 'http://localhost:8080")
                .append(printable(new String(target, StandardCharsets.UTF_8), 400)
                        .replace("'", "'\\''"))
                .append("'");
        for (RawHttp.Header header : headers) {
            line.append(" -H '")
                    .append(header.name())
                    .append(": ")
                    .append(printable(header.value(), 120).replace("'", "'\\''"))
                    .append("'");
        }
        if (!resident.equals("anonymous")) {
            line.append(" -b 'KABINET_SESSION=<")
                    .append(resident)
                    .append(">; XSRF-TOKEN=<")
                    .append(csrf == Csrf.PLANTED ? "planted-" + id : "token")
                    .append(">'");
        }
        if (csrf != Csrf.NONE) {
            line.append(" -H 'X-XSRF-TOKEN: <")
                    .append(csrf.name().toLowerCase(Locale.ROOT))
                    .append(">'");
        }
        if (body != null) {
            line.append(" --data-binary '")
                    .append(printable(new String(body, StandardCharsets.UTF_8), 300)
                            .replace("'", "'\\''"))
                    .append("'");
        }
        return line.toString();
    }

    /** Text with control and invisible characters shown as {@code \\uXXXX} and long runs cut. */
    static String printable(String text, int max) {
        String shown = text.codePoints()
                .mapToObj(cp -> cp < 0x20
                                || (cp >= 0x7f && cp < 0xa0)
                                || (cp >= 0x200b && cp <= 0x200f)
                                || (cp >= 0x202a && cp <= 0x202e)
                                || (cp >= 0x2066 && cp <= 0x2069)
                                || cp == 0xfeff
                        ? String.format("\\u%04x", cp)
                        : new String(Character.toChars(cp)))
                .collect(Collectors.joining());
        return shown.length() <= max ? shown : shown.substring(0, max) + "…(" + text.length() + " chars)";
    }

    @Override
    public String toString() {
        return "#" + id + " [" + resident + ", " + category + "] " + method + " " + targetText();
    }
}
