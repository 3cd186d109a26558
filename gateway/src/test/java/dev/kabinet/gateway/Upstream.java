package dev.kabinet.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP server on a free loopback port standing in for the services and the identity provider's token
 * endpoint in the gateway's tests: it records each request it receives and answers like the real thing would.
 */
final class Upstream {

    static final String REFRESHED_TOKEN = "refreshed-access-token";
    /** The trace a service names in {@code X-Trace-Id} of its 404 for an unknown path ({@code …/nope}). */
    static final String SERVICE_TRACE_ID = "0af7651916cd43dd8448eb211c80319c";

    private static Upstream instance;

    private final HttpServer server;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();

    record Received(String method, String uri, Map<String, List<String>> headers, String body) {

        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst())
                    .findFirst()
                    .orElse(null);
        }
    }

    private Upstream() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::answer);
        server.start();
    }

    static synchronized Upstream get() {
        if (instance == null) {
            instance = new Upstream();
        }
        return instance;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next request the server received (waits up to 5 s), skipping none. */
    Received take() throws InterruptedException {
        Received next = received.poll(5, TimeUnit.SECONDS);
        if (next == null) {
            throw new AssertionError("The upstream received no request");
        }
        return next;
    }

    /** The next request received for a path starting with the prefix, dropping others before it. */
    Received take(String pathPrefix) throws InterruptedException {
        while (true) {
            Received next = take();
            if (next.uri().startsWith(pathPrefix)) {
                return next;
            }
        }
    }

    void clear() {
        received.clear();
    }

    boolean nothingReceivedWithin(Duration wait) throws InterruptedException {
        return received.poll(wait.toMillis(), TimeUnit.MILLISECONDS) == null;
    }

    /** A loopback port nothing listens on: a service that is down. */
    static int closedPort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String uri = exchange.getRequestURI().toString();
        received.add(new Received(exchange.getRequestMethod(), uri, Map.copyOf(exchange.getRequestHeaders()), body));
        String path = exchange.getRequestURI().getPath();
        if (path.endsWith("/slow")) {
            sleep(Duration.ofSeconds(5));
        }
        if (path.equals("/idp/token")) {
            respond(exchange, 200, """
                    {"access_token":"%s","token_type":"Bearer","expires_in":300,"refresh_token":"refresh-2",\
                    "scope":"openid profile email"}""".formatted(REFRESHED_TOKEN));
        } else if (path.equals("/v3/api-docs")) {
            respond(exchange, 200, "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"test service\"}}");
        } else if (path.endsWith("/problem")) {
            exchange.getResponseHeaders().set("Link", "<" + url() + "/api/v1/help>; rel=\"help\"");
            respond(exchange, 422, "application/problem+json", """
                    {"type":"https://kabinet.dev/problems/reading-invalid","title":"Unprocessable Entity",\
                    "status":422,"detail":"Проверьте показания.","instance":"%s",\
                    "errors":[{"field":"values.T1","see":"%s/api/v1/rules"}]}""".formatted(path, url()));
        } else if (path.endsWith("/nope")) {
            // a service's 404 for a path it has no handler for, as its error page answers it: the service's trace
            // in X-Trace-Id, but no Content-Language and no traceId in the body
            exchange.getResponseHeaders().set("X-Trace-Id", SERVICE_TRACE_ID);
            respond(exchange, 404, "application/problem+json", """
                    {"type":"https://kabinet.dev/problems/not-found","title":"Not Found","status":404,\
                    "detail":"There is no such page or resource.","instance":"%s"}""".formatted(path));
        } else if (path.endsWith("/html-error")) {
            exchange.getResponseHeaders().set("Server", "Apache-Coyote/1.1");
            respond(exchange, 400, "text/html;charset=utf-8", """
                    <!doctype html><html><body><h1>HTTP Status 400 – Bad Request</h1>\
                    <h3>Apache Tomcat/11.0.27</h3></body></html>""");
        } else if (path.endsWith("/empty-problem")) {
            exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
            exchange.sendResponseHeaders(409, -1);
            exchange.close();
        } else if (path.endsWith("/empty-error")) {
            exchange.getResponseHeaders().set("Set-Cookie", "upstream=leaks; Path=/");
            exchange.sendResponseHeaders(401, -1);
            exchange.close();
        } else if (path.endsWith("/refresh")) {
            exchange.getResponseHeaders().set("Refresh", "0; url=" + url() + "/api/v1/next");
            respond(exchange, 200, "{}");
        } else if (exchange.getRequestMethod().equals("POST")) {
            String created = path + "/r-1";
            exchange.getResponseHeaders().set("Location", url() + created);
            exchange.getResponseHeaders().set("Content-Location", created);
            exchange.getResponseHeaders()
                    .add("Link", "<" + url() + created + ">; rel=\"self\", </v3/api-docs>; rel=\"describedby\"");
            respond(exchange, 201, "{\"created\":true}");
        } else {
            respond(exchange, 200, "{\"path\":\"" + path + "\"}");
        }
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        respond(exchange, status, "application/json", json);
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Set-Cookie", "upstream=leaks; Path=/");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
