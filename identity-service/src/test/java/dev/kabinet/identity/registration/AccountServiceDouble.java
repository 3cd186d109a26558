package dev.kabinet.identity.registration;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP server on a free local port that speaks account-service's internal link API (ADR 0015) for the
 * registration tests: account-service's own behaviour is proven by its {@code InternalLinksIT}; here what matters is
 * what identity-service sends (the token, the fields) and how it acts on each answer. It answers the ownership check
 * from {@link #outcomes} (key {@code number/surname/serial}; anything else METER_NEEDED, or NO_MATCH with a serial)
 * and links with {@link #linkStatus}; it refuses (401) a token that is not identity-service's client-credentials token
 * with the {@code kabinet-api} audience.
 */
public final class AccountServiceDouble implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public final Map<String, String> outcomes = new ConcurrentHashMap<>();
    /** ID-3: key {@code number/phone}; anything else NO_MATCH. */
    public final Map<String, String> phoneOutcomes = new ConcurrentHashMap<>();

    public final List<JsonNode> links = new CopyOnWriteArrayList<>();
    public volatile int linkStatus = 201;
    private final HttpServer server;

    public AccountServiceDouble() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/internal/v1/ownership-checks", exchange -> {
            try (exchange) {
                if (!identityServiceToken(exchange.getRequestHeaders().getFirst("Authorization"))) {
                    exchange.sendResponseHeaders(401, -1);
                    return;
                }
                var query = JSON.readTree(exchange.getRequestBody().readAllBytes());
                String serial = query.path("meterSerialNumber").asString("");
                String key = query.get("accountNumber").asString() + "/"
                        + query.get("surname").asString() + "/" + serial;
                String outcome = outcomes.getOrDefault(key, serial.isEmpty() ? "METER_NEEDED" : "NO_MATCH");
                byte[] body = ("{\"outcome\":\"" + outcome + "\"}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
        });
        server.createContext("/internal/v1/phone-checks", exchange -> {
            try (exchange) {
                if (!identityServiceToken(exchange.getRequestHeaders().getFirst("Authorization"))) {
                    exchange.sendResponseHeaders(401, -1);
                    return;
                }
                var query = JSON.readTree(exchange.getRequestBody().readAllBytes());
                String key = query.get("accountNumber").asString() + "/"
                        + query.get("phone").asString();
                byte[] body = ("{\"outcome\":\"" + phoneOutcomes.getOrDefault(key, "NO_MATCH") + "\"}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
        });
        server.createContext("/internal/v1/phone-links", exchange -> {
            try (exchange) {
                if (!identityServiceToken(exchange.getRequestHeaders().getFirst("Authorization"))) {
                    exchange.sendResponseHeaders(401, -1);
                    return;
                }
                links.add(JSON.readTree(exchange.getRequestBody().readAllBytes()));
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(201, 2);
                exchange.getResponseBody().write("{}".getBytes(StandardCharsets.UTF_8));
            }
        });
        server.createContext("/internal/v1/links", exchange -> {
            try (exchange) {
                if (!identityServiceToken(exchange.getRequestHeaders().getFirst("Authorization"))) {
                    exchange.sendResponseHeaders(401, -1);
                    return;
                }
                if (!"POST".equals(exchange.getRequestMethod())) {
                    listOrUnlink(exchange);
                    return;
                }
                var request = JSON.readTree(exchange.getRequestBody().readAllBytes());
                int status = linkStatus;
                if (status == 201) {
                    links.add(request);
                }
                byte[] body = status == 201 ? "{}".getBytes(StandardCharsets.UTF_8) : new byte[0];
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
                if (body.length > 0) {
                    exchange.getResponseBody().write(body);
                }
            }
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /**
     * ID-9: {@code GET /internal/v1/links?username=} lists the links recorded here (oldest first); {@code DELETE
     * /internal/v1/links/{number}?username=} removes one, or answers 404 {@code link-not-found} like account-service.
     */
    private void listOrUnlink(com.sun.net.httpserver.HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getQuery();
        String username = query == null
                ? ""
                : java.net.URLDecoder.decode(query.replaceFirst("^username=", ""), StandardCharsets.UTF_8);
        if ("GET".equals(exchange.getRequestMethod())) {
            var list = links.stream()
                    .filter(link -> username.equals(link.path("username").asString("")))
                    .map(link -> Map.of(
                            "accountNumber",
                            link.get("accountNumber").asString(),
                            "how",
                            link.has("phone") ? "PHONE_CODE" : "OWNER_SURNAME",
                            "linkedAt",
                            "2026-11-29T10:00:00Z"))
                    .toList();
            byte[] body = JSON.writeValueAsBytes(list);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            return;
        }
        String path = exchange.getRequestURI().getPath();
        String number = path.substring(path.lastIndexOf('/') + 1);
        boolean removed =
                links.removeIf(link -> username.equals(link.path("username").asString(""))
                        && number.equals(link.path("accountNumber").asString("")));
        if (removed) {
            exchange.sendResponseHeaders(204, -1);
            return;
        }
        byte[] body = "{\"type\":\"https://kabinet.dev/problems/link-not-found\",\"status\":404}"
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
        exchange.sendResponseHeaders(404, body.length);
        exchange.getResponseBody().write(body);
    }

    /** The claims of a real Keycloak token (the signature is account-service's to check; here the claims matter). */
    private static boolean identityServiceToken(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        String[] parts = authorization.substring(7).split("\\.");
        if (parts.length != 3) {
            return false;
        }
        var claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        var aud = claims.path("aud");
        boolean audience = aud.isArray()
                ? aud.valueStream().anyMatch(a -> "kabinet-api".equals(a.asString()))
                : "kabinet-api".equals(aud.asString(""));
        return audience
                && "kabinet-identity".equals(claims.path("azp").asString(""))
                && "service-account-kabinet-identity"
                        .equals(claims.path("preferred_username").asString(""));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
