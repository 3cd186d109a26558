package dev.kabinet.identity;

import dev.kabinet.platform.test.KeycloakTokens;
import dev.kabinet.platform.test.TestServers;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.altcha.altcha.Altcha;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Throwaway residents in the run's Keycloak for the ITs of ID-8/9/10 (created and removed by the test, names starting
 * with {@code it-}), their tokens by a password grant of the tests' client (which has the gateway's mappers, so the
 * {@code accounts} claim), and the ALTCHA captcha solved the way the widget does.
 */
public final class TestResidents {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private TestResidents() {}

    /** Creates an enabled login with this password and accounts; answers its Keycloak id. */
    public static String create(Keycloak keycloak, String username, String password, List<String> accounts) {
        remove(keycloak, username);
        var credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(false);
        var user = new UserRepresentation();
        user.setUsername(username);
        user.setEmail(username + "@kabinet.local");
        user.setEmailVerified(true);
        user.setFirstName("Вера");
        user.setLastName("Лебедева");
        user.setEnabled(true);
        user.setCredentials(List.of(credential));
        user.setAttributes(Map.of("accounts", accounts, "locale", List.of("ru")));
        try (var response = keycloak.realm("kabinet").users().create(user)) {
            if (response.getStatus() != 201) {
                throw new IllegalStateException("Keycloak refused the test user: " + response.getStatus());
            }
        }
        return keycloak.realm("kabinet")
                .users()
                .searchByUsername(username, true)
                .getFirst()
                .getId();
    }

    public static void remove(Keycloak keycloak, String username) {
        var users = keycloak.realm("kabinet").users();
        for (var user : users.searchByUsername(username, true)) {
            users.delete(user.getId()).close();
        }
    }

    /** The realm file gives {@code kabinet-identity} direct access grants (ADR 0019); the run's Keycloak may predate it. */
    public static synchronized void ensureIdentityDirectGrants() {
        // the realm's administrator (the service account may manage users, not clients)
        try (var admin = KeycloakBuilder.builder()
                .serverUrl(TestServers.get().keycloakUrl())
                .realm("master")
                .clientId("admin-cli")
                .username(System.getenv().getOrDefault("KC_BOOTSTRAP_ADMIN_USERNAME", "admin"))
                .password(System.getenv().getOrDefault("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin"))
                .build()) {
            var clients = admin.realm("kabinet").clients();
            ClientRepresentation client =
                    clients.findByClientId("kabinet-identity").getFirst();
            if (!Boolean.TRUE.equals(client.isDirectAccessGrantsEnabled())) {
                client.setDirectAccessGrantsEnabled(true);
                clients.get(client.getId()).update(client);
            }
        }
    }

    /** A fresh token response (never cached) of a password grant: access_token, refresh_token ... */
    public static JsonNode login(String username, String password) throws Exception {
        KeycloakTokens.accessToken("ivanova"); // makes sure the tests' client exists
        String form = Map.of(
                        "grant_type", "password",
                        "client_id", "kabinet-tests",
                        "client_secret", "kabinet-tests-secret",
                        "username", username,
                        "password", password,
                        "scope", "openid")
                .entrySet()
                .stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        var response = HTTP.send(
                HttpRequest.newBuilder(URI.create(TestServers.get().issuerUri() + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        var body = JSON.readTree(response.body());
        if (response.statusCode() != 200) {
            return null;
        }
        return body;
    }

    /** The claims of a JWT (its signature is the service's to check). */
    public static JsonNode claims(String jwt) {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    /** Does what the ALTCHA widget does in the browser: fetch a challenge, find the number, send the payload. */
    public static String solveCaptcha(int port) throws Exception {
        var challenge = JSON.readTree(HTTP.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/captcha/challenge"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());
        var solution = Altcha.solveChallenge(
                challenge.get("challenge").asString(),
                challenge.get("salt").asString(),
                Altcha.Algorithm.SHA256,
                challenge.get("maxnumber").asLong(),
                0);
        var payload = new LinkedHashMap<String, Object>();
        payload.put("algorithm", challenge.get("algorithm").asString());
        payload.put("challenge", challenge.get("challenge").asString());
        payload.put("number", solution.number);
        payload.put("salt", challenge.get("salt").asString());
        payload.put("signature", challenge.get("signature").asString());
        return Base64.getEncoder().encodeToString(JSON.writeValueAsBytes(payload));
    }

    /** A call of identity-service's API with a resident's bearer token. */
    public static HttpResponse<String> call(int port, String method, String path, String token, Object body)
            throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept-Language", "ru")
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
