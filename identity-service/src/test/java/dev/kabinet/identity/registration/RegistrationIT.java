package dev.kabinet.identity.registration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.platform.test.KabinetIntegrationTest;
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
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.altcha.altcha.Altcha;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registration by account number and owner surname (ID-1) against the run's Keycloak (users created through the Admin
 * API and removed afterwards; the new resident logs in with a password grant) and identity-service's PostgreSQL
 * database (captcha solutions, attempts, consents). account-service's internal API is a real local HTTP server
 * ({@link AccountServiceDouble}) that insists on identity-service's real client-credentials token.
 */
@KabinetIntegrationTest
@DisplayName("ID-1 registration by account number and owner surname")
class RegistrationIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final AccountServiceDouble ACCOUNTS = start();
    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    @LocalServerPort
    int port;

    @Autowired
    Keycloak keycloak;

    @Autowired
    JdbcTemplate jdbc;

    String address;

    private static AccountServiceDouble start() {
        try {
            return new AccountServiceDouble();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void accountService(DynamicPropertyRegistry registry) {
        registry.add("kabinet.account-service.url", ACCOUNTS::url);
    }

    @AfterAll
    static void stop() {
        ACCOUNTS.close();
    }

    @BeforeEach
    void setUp() {
        KeycloakTokens.ensureIdentityAudience();
        // each test registers from its own documentation address (RFC 5737), so the per-address cap is its own
        address = "203.0.113." + ADDRESSES.getAndIncrement();
        jdbc.update("delete from registration_attempt where client_ip = ?", address);
        ACCOUNTS.outcomes.clear();
        ACCOUNTS.links.clear();
        ACCOUNTS.linkStatus = 201;
        removeTestUsers();
    }

    @AfterEach
    void tearDown() {
        removeTestUsers();
    }

    private void removeTestUsers() {
        var users = keycloak.realm("kabinet").users();
        for (var user : users.search("it-reg-", 0, 50)) {
            users.delete(user.getId()).close();
        }
    }

    @Test
    @DisplayName(
            "ID-1 the owner registers with the account number as typed and the surname, then logs in and holds the account")
    void ownerRegistersAndLogsIn() throws Exception {
        ACCOUNTS.outcomes.put("9100000001/семёнова/", "MATCH");

        var response = register(form("9100 000-001", "семёнова", null, "it-reg-owner"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        var body = JSON.readTree(response.body());
        assertThat(body.get("username").asString()).isEqualTo("it-reg-owner");
        assertThat(body.get("accountNumber").asString()).isEqualTo("9100000001");

        var user = keycloak.realm("kabinet")
                .users()
                .searchByUsername("it-reg-owner", true)
                .getFirst();
        assertThat(user.getEmail()).isEqualTo("it-reg-owner@kabinet.local");
        assertThat(user.isEmailVerified()).isFalse();
        assertThat(ACCOUNTS.links).singleElement().satisfies(link -> {
            assertThat(link.get("username").asString()).isEqualTo("it-reg-owner");
            assertThat(link.get("subject").asString()).isEqualTo(user.getId());
            assertThat(link.get("accountNumber").asString()).isEqualTo("9100000001");
        });
        assertThat(jdbc.queryForMap(
                        "select text_version, client_ip, purpose from personal_data_consent where subject = ?",
                        user.getId()))
                .containsEntry("text_version", "2026-11-29")
                .containsEntry("client_ip", address)
                .containsEntry("purpose", "REGISTRATION");

        var claims = loginClaims("it-reg-owner", "Kabinet-2026x");
        assertThat(claims.get("accounts").values())
                .extracting(JsonNode::asString)
                .containsExactly("9100000001");
    }

    @Test
    @DisplayName(
            "ID-1 when the surname does not identify the owner, the meter's serial number is asked for and proves ownership")
    void meterSerialNumber() throws Exception {
        ACCOUNTS.outcomes.put("9100000002/Кузнецова/СЧ-501", "MATCH");

        var asked = register(form("9100000002", "Кузнецова", null, "it-reg-meter"));
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(422);
        var problem = JSON.readTree(asked.body());
        assertThat(problem.get("type").asString()).endsWith("/meter-serial-needed");
        assertThat(problem.get("detail").asString()).contains("заводской номер счётчика");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("meterSerialNumber");
        assertThat(keycloak.realm("kabinet").users().searchByUsername("it-reg-meter", true))
                .isEmpty();

        var registered = register(form("9100000002", "Кузнецова", "СЧ-501", "it-reg-meter"));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    }

    @Test
    @DisplayName("ID-1 a wrong meter serial number says what to do next (office, passport) and creates nothing")
    void noMatch() throws Exception {
        var response = register(form("9100000003", "Кузнецова", "000", "it-reg-nomatch"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        var problem = JSON.readTree(response.body());
        assertThat(problem.get("type").asString()).endsWith("/registration-not-confirmed");
        assertThat(problem.get("detail").asString()).contains("офис").contains("паспорт");
        assertThat(keycloak.realm("kabinet").users().searchByUsername("it-reg-nomatch", true))
                .isEmpty();
    }

    @Test
    @DisplayName(
            "ID-1 an account that already has a login, or a closed one, is refused with the way forward, in English too")
    void alreadyRegisteredAndClosed() throws Exception {
        ACCOUNTS.outcomes.put("9100000004/Орлова/", "ALREADY_REGISTERED");
        ACCOUNTS.outcomes.put("9100000005/Орлова/", "CLOSED");

        var registered = register(form("9100000004", "Орлова", null, "it-reg-twice"), "en");
        assertThat(registered.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(registered.body()).get("detail").asString())
                .contains("already registered")
                .contains("passport");
        var closed = register(form("9100000005", "Орлова", null, "it-reg-closed"));
        assertThat(closed.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(closed.body()).get("type").asString()).endsWith("/registration-account-closed");
    }

    @Test
    @DisplayName("ID-1 a link refused at the last moment removes the new login again")
    void linkRefusedRemovesLogin() throws Exception {
        ACCOUNTS.outcomes.put("9100000006/Орлова/", "MATCH");
        ACCOUNTS.linkStatus = 409;

        var response = register(form("9100000006", "Орлова", null, "it-reg-race"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
        assertThat(keycloak.realm("kabinet").users().searchByUsername("it-reg-race", true))
                .isEmpty();
    }

    @Test
    @DisplayName("ID-1 every field problem at once, next to its field, in Russian")
    void fieldProblems() throws Exception {
        var form = new LinkedHashMap<String, Object>();
        form.put("accountNumber", "12-34");
        form.put("surname", "");
        form.put("firstName", "1");
        form.put("username", "я");
        form.put("password", "");
        form.put("email", "anna@");
        form.put("consent", false);
        form.put("captcha", solveCaptcha());

        var response = register(form);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        var problem = JSON.readTree(response.body());
        assertThat(problem.get("type").asString()).endsWith("/registration-invalid");
        assertThat(problem.get("errors").values())
                .extracting(error -> error.get("field").asString())
                .containsExactlyInAnyOrder(
                        "accountNumber", "surname", "firstName", "username", "password", "email", "consent");
        assertThat(problem.get("errors").get(0).get("message").asString()).contains("лицевого счёта");
    }

    @Test
    @DisplayName("ID-1 Keycloak's password policy and a taken username come back as field problems")
    void passwordPolicyAndTakenUsername() throws Exception {
        ACCOUNTS.outcomes.put("9100000007/Орлова/", "MATCH");

        var weak = form("9100000007", "Орлова", null, "it-reg-weak");
        weak.put("password", "password");
        var refused = register(weak);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(JSON.readTree(refused.body())
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo("password");

        var taken = form("9100000007", "Орлова", null, "ivanova");
        var answer = register(taken);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(409);
        assertThat(JSON.readTree(answer.body())
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo("username");
        assertThat(ACCOUNTS.links).isEmpty();
    }

    @Test
    @DisplayName("ID-1 a captcha solution serves one form only; a missing one is refused")
    void captchaOnce() throws Exception {
        var form = form("9100000008", "Орлова", null, "it-reg-captcha");
        assertThat(register(form).statusCode()).isEqualTo(422);

        var again = register(form);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(400);
        assertThat(JSON.readTree(again.body()).get("errors").get(0).get("field").asString())
                .isEqualTo("captcha");
        form.remove("captcha");
        assertThat(register(form).statusCode()).isEqualTo(400);
    }

    @Test
    @DisplayName("ID-1 at most 10 ownership checks per address an hour: the 11th waits (429, Retry-After)")
    void perAddressCap() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertThat(register(form("9100000009", "Орлова", null, "it-reg-cap"))
                            .statusCode())
                    .isEqualTo(422);
        }
        var refused = register(form("9100000009", "Орлова", null, "it-reg-cap"));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(JSON.readTree(refused.body()).get("type").asString()).endsWith("/registration-attempts-exceeded");
    }

    @Test
    @DisplayName("ID-1 the captcha challenge is open to visitors and never cached")
    void challenge() throws Exception {
        var response = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/captcha/challenge"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        var challenge = JSON.readTree(response.body());
        assertThat(challenge.get("algorithm").asString()).isEqualTo("SHA-256");
        assertThat(challenge.get("salt").asString()).contains("expires=");
    }

    private Map<String, Object> form(String number, String surname, String serial, String username) throws Exception {
        var form = new LinkedHashMap<String, Object>();
        form.put("accountNumber", number);
        form.put("surname", surname);
        form.put("firstName", "Анна");
        if (serial != null) {
            form.put("meterSerialNumber", serial);
        }
        form.put("username", username);
        form.put("password", "Kabinet-2026x");
        form.put("email", username + "@kabinet.local");
        form.put("consent", true);
        form.put("captcha", solveCaptcha());
        return form;
    }

    private HttpResponse<String> register(Map<String, Object> form) throws Exception {
        return register(form, "ru");
    }

    private HttpResponse<String> register(Map<String, Object> form, String language) throws Exception {
        var response = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/registrations"))
                        .header("Content-Type", "application/json")
                        .header("Accept-Language", language)
                        .header("X-Forwarded-For", address)
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(form)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return response;
    }

    /** Does what the ALTCHA widget does in the browser: fetch a challenge, find the number, send the payload. */
    private String solveCaptcha() throws Exception {
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

    /** Logs the new resident in (password grant of the tests' client, which has the gateway's mappers). */
    private static JsonNode loginClaims(String username, String password) throws Exception {
        KeycloakTokens.accessToken("ivanova"); // makes sure the tests' client exists
        String form = Map.of(
                        "grant_type", "password",
                        "client_id", "kabinet-tests",
                        "client_secret", "kabinet-tests-secret",
                        "username", username,
                        "password", password)
                .entrySet()
                .stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .reduce((a, b) -> a + "&" + b)
                .orElseThrow();
        var response = HTTP.send(
                HttpRequest.newBuilder(URI.create(TestServers.get().issuerUri() + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String token = JSON.readTree(response.body()).get("access_token").asString();
        return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }
}
