package dev.kabinet.notification.deliveries;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.json.JsonMapper;

/**
 * billing-service's internal receipt endpoint as notification-service sees it (NT-4): {@code GET
 * /internal/v1/receipts/{number}/{period}} answers a PDF of its own per account and period, and only to a bearer token
 * whose {@code azp} is {@code notification-service} (issued by the run's real Keycloak; billing-service's own
 * {@code InternalReceiptIT} proves the real endpoint checks it fully). It records every request, and answers the
 * next {@code n} requests of an account with a fault when told.
 */
public final class BillingStub implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final List<String> served = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> faults = new ConcurrentHashMap<>();

    private BillingStub(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/internal/v1/receipts/", exchange -> {
            String path = exchange.getRequestURI().getPath().substring("/internal/v1/receipts/".length());
            String account = path.split("/")[0];
            int status;
            byte[] body;
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            var fault = faults.get(account);
            if (!"notification-service".equals(azp(authorization))) {
                status = 403;
                body = "{}".getBytes(StandardCharsets.UTF_8);
            } else if (fault != null && fault.getAndDecrement() > 0) {
                status = 503;
                body = "{}".getBytes(StandardCharsets.UTF_8);
            } else {
                status = 200;
                body = pdf(path);
                served.add(path);
            }
            exchange.getResponseHeaders().add("Content-Type", status == 200 ? "application/pdf" : "application/json");
            exchange.sendResponseHeaders(status, body.length);
            try (var out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    public static BillingStub on(int port) {
        try {
            return new BillingStub(port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PDF this stub answers for {@code <number>/<period>}. */
    public static byte[] pdf(String path) {
        var out = new java.io.ByteArrayOutputStream();
        out.writeBytes(("%PDF-1.4\n%").getBytes(StandardCharsets.US_ASCII));
        // a binary comment line, as real PDFs have: the mail carries it base64, byte for byte
        for (int i = 0; i < 64; i++) {
            out.write(0x80 + i);
        }
        out.writeBytes(("\n% receipt " + path + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /** The {@code <number>/<period>} of every PDF served, in order. */
    public List<String> served() {
        return List.copyOf(served);
    }

    /** The next {@code times} requests for {@code account} are answered 503. */
    public void unavailableFor(String account, int times) {
        faults.put(account, new AtomicInteger(times));
    }

    private static String azp(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return null;
        }
        String[] parts = authorization.substring(7).split("\\.");
        if (parts.length < 2) {
            return null;
        }
        var claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        return claims.path("azp").asString(null);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
