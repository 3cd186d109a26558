package dev.kabinet.e2e.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A deliberately naive HTTP/1.1 client over a socket: it sends the request target, headers and body exactly as given,
 * byte for byte, so the fuzz can send what {@link java.net.URI} and the JDK {@code HttpClient} refuse to build
 * ({@code {} in a query, raw control bytes, a 100,000-character path, oversized headers, a body with a lying
 * content type). One connection per request, {@code Connection: close}; the answer is read to the end of the stream.
 */
final class RawHttp {

    private static final int MAX_ANSWER = 4 * 1024 * 1024;

    private final String host;
    private final int port;
    private final int timeoutMillis;

    RawHttp(URI base, int timeoutMillis) {
        this.host = base.getHost();
        this.port = base.getPort() == -1 ? 80 : base.getPort();
        this.timeoutMillis = timeoutMillis;
    }

    String hostHeader() {
        return host + ":" + port;
    }

    /** One header as sent; a list keeps duplicates and order. */
    record Header(String name, String value) {}

    /** An answer as it arrived; {@code headers} keep their order, names as sent by the server. */
    record Answer(int status, String statusLine, List<Header> headers, byte[] body) {

        Optional<String> header(String name) {
            return headers.stream()
                    .filter(h -> h.name().equalsIgnoreCase(name))
                    .map(Header::value)
                    .findFirst();
        }

        List<String> all(String name) {
            return headers.stream()
                    .filter(h -> h.name().equalsIgnoreCase(name))
                    .map(Header::value)
                    .toList();
        }

        String contentType() {
            return header("Content-Type").orElse("");
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /**
     * Sends {@code method target HTTP/1.1}, the headers (plus {@code Host}, {@code Content-Length} when there is a
     * body, and {@code Connection: close}) and the body.
     */
    Answer exchange(String method, byte[] target, List<Header> headers, byte[] body) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            OutputStream out = socket.getOutputStream();
            var head = new ByteArrayOutputStream();
            head.writeBytes((method + " ").getBytes(StandardCharsets.US_ASCII));
            head.writeBytes(target);
            head.writeBytes(" HTTP/1.1\r\n".getBytes(StandardCharsets.US_ASCII));
            line(head, "Host", hostHeader());
            for (Header header : headers) {
                line(head, header.name(), header.value());
            }
            if (body != null) {
                line(head, "Content-Length", Integer.toString(body.length));
            }
            line(head, "Connection", "close");
            head.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
            try {
                out.write(head.toByteArray());
                if (body != null) {
                    out.write(body);
                }
                out.flush();
            } catch (IOException writeFailed) {
                // the server may answer (413, 431 ...) and close before it has read everything: read its answer
                try {
                    return read(socket.getInputStream());
                } catch (IOException noAnswer) {
                    writeFailed.addSuppressed(noAnswer);
                    throw new IOException(
                            "the server closed the connection while the request was being sent (" + writeFailed
                                    + ") and gave no answer",
                            writeFailed);
                }
            }
            return read(socket.getInputStream());
        }
    }

    private static void line(ByteArrayOutputStream head, String name, String value) {
        head.writeBytes(name.getBytes(StandardCharsets.UTF_8));
        head.writeBytes(": ".getBytes(StandardCharsets.US_ASCII));
        head.writeBytes(value.getBytes(StandardCharsets.UTF_8));
        head.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    private static Answer read(InputStream in) throws IOException {
        var all = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        int n;
        int headEnd = -1;
        long contentLength = -1;
        boolean chunked = false;
        List<Header> headers = new ArrayList<>();
        String statusLine = null;
        while ((n = in.read(buffer)) != -1) {
            all.write(buffer, 0, n);
            if (all.size() > MAX_ANSWER) {
                break;
            }
            byte[] bytes = all.toByteArray();
            if (headEnd < 0) {
                headEnd = indexOf(bytes, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                if (headEnd >= 0) {
                    String[] lines = new String(bytes, 0, headEnd, StandardCharsets.ISO_8859_1).split("\r\n");
                    statusLine = lines[0];
                    for (int i = 1; i < lines.length; i++) {
                        int colon = lines[i].indexOf(':');
                        if (colon > 0) {
                            String name = lines[i].substring(0, colon).trim();
                            String value = new String(
                                            lines[i].substring(colon + 1).getBytes(StandardCharsets.ISO_8859_1),
                                            StandardCharsets.UTF_8)
                                    .trim();
                            headers.add(new Header(name, value));
                            if (name.equalsIgnoreCase("Content-Length")) {
                                contentLength = Long.parseLong(value);
                            }
                            if (name.equalsIgnoreCase("Transfer-Encoding")
                                    && value.toLowerCase(Locale.ROOT).contains("chunked")) {
                                chunked = true;
                            }
                        }
                    }
                    if (statusLine.matches("HTTP/1\\.[01] 1\\d\\d.*")) { // 100 Continue: skip it
                        all.reset();
                        all.write(bytes, headEnd + 4, bytes.length - headEnd - 4);
                        headEnd = -1;
                        headers.clear();
                        contentLength = -1;
                        chunked = false;
                        continue;
                    }
                }
            }
            if (headEnd >= 0 && contentLength >= 0 && bytes.length - headEnd - 4 >= contentLength) {
                break; // complete: no need to wait for the server to close
            }
        }
        byte[] bytes = all.toByteArray();
        if (statusLine == null) {
            throw new IOException("no HTTP answer (" + bytes.length + " bytes before the connection closed: "
                    + new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1) + ")");
        }
        byte[] body = java.util.Arrays.copyOfRange(bytes, headEnd + 4, bytes.length);
        if (contentLength >= 0 && body.length > contentLength) {
            body = java.util.Arrays.copyOf(body, (int) contentLength);
        }
        if (chunked) {
            body = dechunk(body);
        }
        String[] parts = statusLine.split(" ", 3);
        int status;
        try {
            status = Integer.parseInt(parts[1]);
        } catch (RuntimeException e) {
            throw new IOException("unreadable status line: " + statusLine, e);
        }
        return new Answer(status, statusLine, List.copyOf(headers), body);
    }

    private static byte[] dechunk(byte[] body) {
        var out = new ByteArrayOutputStream();
        int pos = 0;
        while (pos < body.length) {
            int lineEnd = indexOf(body, pos, "\r\n".getBytes(StandardCharsets.US_ASCII));
            if (lineEnd < 0) {
                break;
            }
            String sizeText = new String(body, pos, lineEnd - pos, StandardCharsets.US_ASCII);
            int semicolon = sizeText.indexOf(';');
            int size = Integer.parseInt((semicolon >= 0 ? sizeText.substring(0, semicolon) : sizeText).trim(), 16);
            if (size == 0) {
                break;
            }
            int start = lineEnd + 2;
            out.write(body, start, Math.min(size, body.length - start));
            pos = start + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        return indexOf(haystack, 0, needle);
    }

    private static int indexOf(byte[] haystack, int from, byte[] needle) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static Map<String, String> cookiesFrom(Answer answer) {
        var cookies = new java.util.LinkedHashMap<String, String>();
        for (String setCookie : answer.all("Set-Cookie")) {
            String pair = setCookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
        return cookies;
    }
}
