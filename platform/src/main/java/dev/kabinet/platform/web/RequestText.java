package dev.kabinet.platform.web;

import org.jspecify.annotations.Nullable;

/**
 * The characters no request text may carry (issue #5, faults B and E): a NUL (PostgreSQL refuses it in a text column,
 * so it surfaced as a 500), the other C0 and C1 control characters and DEL (a bell or an escape sequence shown to an
 * operator), and the bidirectional overrides and isolates U+202A–U+202E, U+2066–U+2069 (text that reads differently
 * from what it is). TAB, LF and CR are text. Checked in every JSON string of a request body ({@link RequestJson}) and
 * every query, form and multipart text parameter ({@link RequestTextInterceptor}).
 */
public final class RequestText {

    private RequestText() {}

    /** The first forbidden character of {@code text}, or {@code -1} when there is none. */
    public static int firstForbidden(@Nullable CharSequence text) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (forbidden(c)) {
                return c;
            }
        }
        return -1;
    }

    /** Whether {@code c} is one of the forbidden characters. */
    public static boolean forbidden(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                || (c >= 0x7f && c <= 0x9f)
                || (c >= 0x202a && c <= 0x202e)
                || (c >= 0x2066 && c <= 0x2069);
    }

    /** {@code text} with each forbidden character written as {@code \\uXXXX}, for a field name in a problem. */
    public static String printable(String text) {
        var out = new StringBuilder(text.length());
        text.chars().forEach(c -> {
            if (forbidden(c)) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.append((char) c);
            }
        });
        return out.toString();
    }
}
