package dev.kabinet.identity.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.platform.test.KeycloakTokens;
import dev.kabinet.platform.test.TestServers;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The run's real Keycloak locks an account after 5 wrong passwords (realm {@code failureFactor}, ADR 0011): the right
 * password is refused while the lockout lasts. A throwaway user of its own, so no demo login is locked for others.
 * Wrong passwords are sent more than a second apart, so the quick-succession rule (which locks even sooner) does not
 * decide the outcome.
 */
@DisplayName("ID-6 brute-force lockout in the real Keycloak: 5 wrong passwords lock the account for a while")
class BruteForceLockoutIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String PASSWORD =
            "Lockout-2026-" + UUID.randomUUID().toString().substring(0, 8);

    private final String username = "lockout-" + UUID.randomUUID().toString().substring(0, 8);
    private String admin;
    private String userId;

    @BeforeEach
    void createUser() throws Exception {
        KeycloakTokens.accessToken("ivanova"); // makes sure the direct-grant test client exists
        admin = adminToken();
        var created = send(HttpRequest.newBuilder(adminUri("/users"))
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of(
                        "username",
                        username,
                        "email",
                        username + "@kabinet.local",
                        "firstName",
                        "Тест",
                        "lastName",
                        "Блокировка",
                        "enabled",
                        true,
                        "emailVerified",
                        true,
                        "credentials",
                        new Object[] {Map.of("type", "password", "value", PASSWORD, "temporary", false)})))));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        userId = location.substring(location.lastIndexOf('/') + 1);
    }

    @AfterEach
    void deleteUser() throws Exception {
        if (userId != null) {
            send(HttpRequest.newBuilder(adminUri("/users/" + userId))
                    .header("Authorization", "Bearer " + admin)
                    .DELETE());
        }
    }

    @Test
    void fiveWrongPasswordsLockTheAccountAndTheRightOneIsRefused() throws Exception {
        assertThat(login(PASSWORD)).as("the right password works before").isEqualTo(200);

        for (int failure = 1; failure <= 4; failure++) {
            assertThat(login("wrong-" + failure)).as("refused (invalid_grant)").isIn(400, 401);
            Thread.sleep(1_100); // slower than realm quickLoginCheckMilliSeconds (1 s)
        }
        assertThat(status().get("disabled").asBoolean())
                .as("4 failures do not lock")
                .isFalse();
        assertThat(login(PASSWORD)).as("and the right password still works").isEqualTo(200);

        for (int failure = 1; failure <= 5; failure++) {
            assertThat(login("wrong-again-" + failure))
                    .as("refused (invalid_grant)")
                    .isIn(400, 401);
            Thread.sleep(1_100);
        }

        var status = status();
        assertThat(status.get("numFailures").asInt()).isEqualTo(5);
        assertThat(status.get("disabled").asBoolean())
                .as("locked after 5 failures")
                .isTrue();
        assertThat(login(PASSWORD))
                .as("the right password is refused while locked")
                .isNotEqualTo(200);
    }

    /** A password login through the test client's direct grant: 200 or the refusal's status. */
    private int login(String password) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(TestServers.get().issuerUri() + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                                "grant_type", "password",
                                "client_id", "kabinet-tests",
                                "client_secret", "kabinet-tests-secret",
                                "username", username,
                                "password", password)))))
                .statusCode();
    }

    private JsonNode status() throws Exception {
        var response = send(HttpRequest.newBuilder(URI.create(TestServers.get().keycloakUrl()
                        + "/admin/realms/kabinet/attack-detection/brute-force/users/" + userId))
                .header("Authorization", "Bearer " + admin)
                .GET());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static String adminToken() throws Exception {
        var response = send(HttpRequest.newBuilder(
                        URI.create(TestServers.get().keycloakUrl() + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                        "grant_type",
                        "password",
                        "client_id",
                        "admin-cli",
                        "username",
                        System.getenv().getOrDefault("KC_BOOTSTRAP_ADMIN_USERNAME", "admin"),
                        "password",
                        System.getenv().getOrDefault("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin"))))));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("access_token").asString();
    }

    private static URI adminUri(String path) {
        return URI.create(TestServers.get().keycloakUrl() + "/admin/realms/kabinet" + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
