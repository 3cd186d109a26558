package dev.kabinet.platform.test;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real access tokens from the run's Keycloak for the demo users of realm {@code kabinet}. Service tests have no
 * browser, so this keeps a test client ({@code kabinet-tests}, direct grants, the same audience and
 * {@code accounts} mappers as the gateway's client) that it creates through the Admin API on first use. The shipped
 * realm has no such client; the end-to-end journeys log in through the gateway like a resident.
 */
public final class KeycloakTokens {

    public static final String DEMO_PASSWORD = "Kabinet-2026";
    private static final String CLIENT = "kabinet-tests";
    private static final String SECRET = "kabinet-tests-secret";
    /** Like {@link #CLIENT} but without the {@code kabinet-api} audience mapper: its tokens must be refused. */
    private static final String CLIENT_WITHOUT_AUDIENCE = "kabinet-tests-no-audience";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
    private static final Map<String, Boolean> READY_CLIENTS = new ConcurrentHashMap<>();

    private KeycloakTokens() {}

    /** An access token of a demo user ({@code ivanova}, {@code petrov}, {@code operator}). */
    public static String accessToken(String username) {
        return CACHE.computeIfAbsent(username, u -> passwordGrant(CLIENT, u, DEMO_PASSWORD));
    }

    /**
     * A real, valid access token of a demo user issued by the run's Keycloak for a client without the
     * {@code kabinet-api} audience: right issuer, right signature, every claim but {@code aud}. A resource server must
     * refuse it (401).
     */
    public static String accessTokenWithoutAudience(String username) {
        return CACHE.computeIfAbsent(
                CLIENT_WITHOUT_AUDIENCE + "/" + username,
                u -> passwordGrant(CLIENT_WITHOUT_AUDIENCE, username, DEMO_PASSWORD));
    }

    /**
     * A real access token signed by the same Keycloak for another realm ({@code master}'s administrator): a valid
     * token of another issuer, with another realm's key. A resource server must refuse it (401).
     */
    public static String accessTokenOfAnotherRealm() {
        return CACHE.computeIfAbsent(
                "master/admin", u -> adminToken(TestServers.get().keycloakUrl()));
    }

    /** identity-service's client (realm file), whose client-credentials token may call account-service's internal API. */
    public static final String IDENTITY_CLIENT = "kabinet-identity";

    public static final String IDENTITY_CLIENT_SECRET =
            System.getenv().getOrDefault("KABINET_IDENTITY_CLIENT_SECRET", "kabinet-identity-secret");

    /**
     * identity-service's own client-credentials token (ADR 0015). The realm file gives client {@code kabinet-identity}
     * the {@code kabinet-api} audience; a Keycloak started from an older realm file gets the same mapper here through
     * the Admin API, so the tests do not depend on when the run's Keycloak was last re-imported.
     */
    public static String identityServiceToken() {
        ensureIdentityAudience();
        return post(
                        TestServers.get().issuerUri() + "/protocol/openid-connect/token",
                        form(Map.of(
                                "grant_type", "client_credentials",
                                "client_id", IDENTITY_CLIENT,
                                "client_secret", IDENTITY_CLIENT_SECRET)),
                        null,
                        "application/x-www-form-urlencoded")
                .get("access_token")
                .asString();
    }

    /** Gives the run's client {@code kabinet-identity} the realm file's {@code kabinet-api} audience mapper if it lacks it. */
    public static synchronized void ensureIdentityAudience() {
        if (READY_CLIENTS.containsKey(IDENTITY_CLIENT)) {
            return;
        }
        String base = TestServers.get().keycloakUrl();
        String admin = adminToken(base);
        var clients = JSON.readTree(send(
                HttpRequest.newBuilder(URI.create(base + "/admin/realms/kabinet/clients?clientId=" + IDENTITY_CLIENT))
                        .header("Authorization", "Bearer " + admin)
                        .GET()
                        .build()));
        String id = clients.get(0).get("id").asString();
        String mappersUrl = base + "/admin/realms/kabinet/clients/" + id + "/protocol-mappers/models";
        var mappers = JSON.readTree(send(HttpRequest.newBuilder(URI.create(mappersUrl))
                .header("Authorization", "Bearer " + admin)
                .GET()
                .build()));
        boolean present = false;
        for (var mapper : mappers) {
            present |= "audience-kabinet-api".equals(mapper.get("name").asString());
        }
        if (!present) {
            var mapper = Map.of(
                    "name",
                    "audience-kabinet-api",
                    "protocol",
                    "openid-connect",
                    "protocolMapper",
                    "oidc-audience-mapper",
                    "config",
                    Map.of("included.client.audience", "kabinet-api", "access.token.claim", "true"));
            int status = status(HttpRequest.newBuilder(URI.create(mappersUrl))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + admin)
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(mapper)))
                    .build());
            if (status >= 300 && status != 409) {
                throw new IllegalStateException("Keycloak refused the audience mapper: " + status);
            }
        }
        READY_CLIENTS.put(IDENTITY_CLIENT, true);
    }

    /** notification-service's client (realm file), whose client-credentials token may fetch billing's receipt PDFs. */
    public static final String NOTIFICATION_CLIENT = "notification-service";

    public static final String NOTIFICATION_CLIENT_SECRET =
            System.getenv().getOrDefault("KABINET_NOTIFICATION_CLIENT_SECRET", "notification-service-secret");

    /**
     * notification-service's own client-credentials token (NT-4, ADR 0035). The realm file has client
     * {@code notification-service}; a Keycloak started from an older realm file gets the same client here through the
     * Admin API, so the tests do not depend on when the run's Keycloak was last re-imported.
     */
    public static String notificationServiceToken() {
        ensureNotificationClient();
        return post(
                        TestServers.get().issuerUri() + "/protocol/openid-connect/token",
                        form(Map.of(
                                "grant_type", "client_credentials",
                                "client_id", NOTIFICATION_CLIENT,
                                "client_secret", NOTIFICATION_CLIENT_SECRET)),
                        null,
                        "application/x-www-form-urlencoded")
                .get("access_token")
                .asString();
    }

    /** Creates the realm file's client {@code notification-service} in the run's Keycloak if it lacks it. */
    public static synchronized void ensureNotificationClient() {
        if (READY_CLIENTS.containsKey(NOTIFICATION_CLIENT)) {
            return;
        }
        String base = TestServers.get().keycloakUrl();
        String admin = adminToken(base);
        var existing = send(HttpRequest.newBuilder(
                        URI.create(base + "/admin/realms/kabinet/clients?clientId=" + NOTIFICATION_CLIENT))
                .header("Authorization", "Bearer " + admin)
                .GET()
                .build());
        if (JSON.readTree(existing).isEmpty()) {
            var audience = Map.of(
                    "name",
                    "audience-kabinet-api",
                    "protocol",
                    "openid-connect",
                    "protocolMapper",
                    "oidc-audience-mapper",
                    "config",
                    Map.of("included.client.audience", "kabinet-api", "access.token.claim", "true"));
            var client = Map.of(
                    "clientId",
                    NOTIFICATION_CLIENT,
                    "secret",
                    NOTIFICATION_CLIENT_SECRET,
                    "publicClient",
                    false,
                    "standardFlowEnabled",
                    false,
                    "directAccessGrantsEnabled",
                    false,
                    "serviceAccountsEnabled",
                    true,
                    "fullScopeAllowed",
                    false,
                    "protocolMappers",
                    List.of(audience));
            int status = status(HttpRequest.newBuilder(URI.create(base + "/admin/realms/kabinet/clients"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + admin)
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(client)))
                    .build());
            if (status >= 300 && status != 409) {
                throw new IllegalStateException("Keycloak refused to create client notification-service: " + status);
            }
        }
        READY_CLIENTS.put(NOTIFICATION_CLIENT, true);
    }

    public static String bearer(String username) {
        return "Bearer " + accessToken(username);
    }

    private static String passwordGrant(String client, String username, String password) {
        ensureTestClient(client);
        var body = post(
                TestServers.get().issuerUri() + "/protocol/openid-connect/token",
                form(Map.of(
                        "grant_type", "password",
                        "client_id", client,
                        "client_secret", SECRET,
                        "username", username,
                        "password", password,
                        "scope", "openid")),
                null,
                "application/x-www-form-urlencoded");
        return body.get("access_token").asString();
    }

    private static String adminToken(String base) {
        return post(
                        base + "/realms/master/protocol/openid-connect/token",
                        form(Map.of(
                                "grant_type",
                                "password",
                                "client_id",
                                "admin-cli",
                                "username",
                                System.getenv().getOrDefault("KC_BOOTSTRAP_ADMIN_USERNAME", "admin"),
                                "password",
                                System.getenv().getOrDefault("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin"))),
                        null,
                        "application/x-www-form-urlencoded")
                .get("access_token")
                .asString();
    }

    private static synchronized void ensureTestClient(String clientId) {
        if (READY_CLIENTS.containsKey(clientId)) {
            return;
        }
        String base = TestServers.get().keycloakUrl();
        String admin = adminToken(base);
        var existing =
                send(HttpRequest.newBuilder(URI.create(base + "/admin/realms/kabinet/clients?clientId=" + clientId))
                        .header("Authorization", "Bearer " + admin)
                        .GET()
                        .build());
        if (JSON.readTree(existing).isEmpty()) {
            var audience = Map.of(
                    "name",
                    "kabinet-api audience",
                    "protocol",
                    "openid-connect",
                    "protocolMapper",
                    "oidc-audience-mapper",
                    "config",
                    Map.of("included.custom.audience", "kabinet-api", "access.token.claim", "true"));
            var accounts = Map.of(
                    "name",
                    "accounts",
                    "protocol",
                    "openid-connect",
                    "protocolMapper",
                    "oidc-usermodel-attribute-mapper",
                    "config",
                    Map.of(
                            "user.attribute", "accounts",
                            "claim.name", "accounts",
                            "jsonType.label", "String",
                            "multivalued", "true",
                            "access.token.claim", "true",
                            "id.token.claim", "true"));
            var client = Map.of(
                    "clientId",
                    clientId,
                    "secret",
                    SECRET,
                    "publicClient",
                    false,
                    "standardFlowEnabled",
                    false,
                    "directAccessGrantsEnabled",
                    true,
                    "protocolMappers",
                    CLIENT.equals(clientId) ? List.of(audience, accounts) : List.of(accounts));
            var created = HttpRequest.newBuilder(URI.create(base + "/admin/realms/kabinet/clients"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + admin)
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(client)))
                    .build();
            int status = status(created);
            // 409: another test JVM of this run created it a moment ago, which is just as good.
            if (status >= 300 && status != 409) {
                throw new IllegalStateException("Keycloak refused to create the test client: " + status);
            }
        }
        READY_CLIENTS.put(clientId, true);
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static JsonNode post(String url, String body, String authorization, String contentType) {
        var request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        String response = send(request.build());
        return response.isBlank() ? JSON.createObjectNode() : JSON.readTree(response);
    }

    private static int status(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Keycloak is not reachable at " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String send(HttpRequest request) {
        try {
            var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(
                        "Keycloak answered " + response.statusCode() + " to " + request.uri() + ": " + response.body());
            }
            return response.body();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Keycloak is not reachable at " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
