package dev.kabinet.identity.registration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.platform.test.KabinetIntegrationTest;
import dev.kabinet.platform.test.KeycloakTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
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
 * Registration by mobile phone and account number (ID-3) against the run's Keycloak, PostgreSQL and the SMS sink
 * (the code is read from its inbox as a resident reads their phone). account-service's internal API is a real local
 * HTTP server ({@link AccountServiceDouble}); its own side is account-service's {@code InternalLinksIT}.
 */
@KabinetIntegrationTest
@DisplayName("ID-3 registration by phone and account number, confirmed by SMS code")
class PhoneRegistrationIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String SINK = System.getenv().getOrDefault("KABINET_SMS_SINK_URL", "http://127.0.0.1:8026");
    private static final Pattern CODE = Pattern.compile("\\b([0-9]{6})\\b");
    private static final AccountServiceDouble ACCOUNTS = start();

    @LocalServerPort
    int port;

    @Autowired
    Keycloak keycloak;

    @Autowired
    JdbcTemplate jdbc;

    String address;
    String phone;

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
        var random = ThreadLocalRandom.current();
        address = "198.51.100." + random.nextInt(1, 250);
        phone = "+79" + String.format("%09d", random.nextInt(1_000_000_000));
        jdbc.update("delete from registration_attempt where client_ip = ?", address);
        ACCOUNTS.phoneOutcomes.clear();
        ACCOUNTS.links.clear();
        removeTestUsers();
    }

    @AfterEach
    void tearDown() {
        removeTestUsers();
    }

    private void removeTestUsers() {
        var users = keycloak.realm("kabinet").users();
        for (var user : users.search("it-phone-", 0, 50)) {
            users.delete(user.getId()).close();
        }
    }

    @Test
    @DisplayName("ID-3 the phone on record gets a code; the code and the login's fields register the resident")
    void registersWithTheCodeFromTheSms() throws Exception {
        ACCOUNTS.phoneOutcomes.put("9200000001/" + phone, "MATCH");

        var sent = post(
                "/api/v1/registrations/phone-codes",
                Map.of("accountNumber", "9200-000-001", "phone", "8 " + phone.substring(2), "captcha", solveCaptcha()));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        var confirmation = JSON.readTree(sent.body());
        assertThat(confirmation.get("phone").asString()).endsWith(phone.substring(phone.length() - 2));

        var form = completion(confirmation.get("confirmationId").asString(), latestCode(), "9200000001", "it-phone-a");
        var registered = post("/api/v1/registrations/by-phone", form);

        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        var user = keycloak.realm("kabinet")
                .users()
                .searchByUsername("it-phone-a", true)
                .getFirst();
        assertThat(user.getAttributes().get("accounts")).containsExactly("9200000001");
        assertThat(ACCOUNTS.links).singleElement().satisfies(link -> {
            assertThat(link.get("subject").asString()).isEqualTo(user.getId());
            assertThat(link.get("phone").asString()).isEqualTo(phone);
        });
        assertThat(jdbc.queryForObject(
                        "select count(*) from personal_data_consent where subject = ?", Integer.class, user.getId()))
                .isEqualTo(1);

        var again = post("/api/v1/registrations/by-phone", form);
        assertThat(again.statusCode()).as("the code confirms once").isIn(409);
    }

    @Test
    @DisplayName("ID-3 another phone and a missing account get the same refusal, and no SMS goes out")
    void phoneNotOnRecord() throws Exception {
        var refused = post(
                "/api/v1/registrations/phone-codes",
                Map.of("accountNumber", "9200000002", "phone", phone, "captcha", solveCaptcha()));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        var problem = JSON.readTree(refused.body());
        assertThat(problem.get("type").asString()).endsWith("/registration-phone-not-confirmed");
        assertThat(problem.get("detail").asString()).contains("паспорт");
        assertThat(inbox()).isEmpty();
    }

    @Test
    @DisplayName(
            "ID-3 a wrong code says how many attempts are left; a taken username is refused before the code is spent")
    void wrongCodeAndTakenUsername() throws Exception {
        ACCOUNTS.phoneOutcomes.put("9200000003/" + phone, "MATCH");
        var sent = JSON.readTree(post(
                        "/api/v1/registrations/phone-codes",
                        Map.of("accountNumber", "9200000003", "phone", phone, "captcha", solveCaptcha()))
                .body());
        String id = sent.get("confirmationId").asString();
        String code = latestCode();

        var taken = post("/api/v1/registrations/by-phone", completion(id, code, "9200000003", "ivanova"));
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(409);
        assertThat(JSON.readTree(taken.body()).get("errors").get(0).get("field").asString())
                .isEqualTo("username");

        String wrongCode = code.equals("000000") ? "111111" : "000000";
        var wrong = post("/api/v1/registrations/by-phone", completion(id, wrongCode, "9200000003", "it-phone-b"));
        assertThat(wrong.statusCode()).as(wrong.body()).isEqualTo(422);
        assertThat(JSON.readTree(wrong.body()).get("type").asString()).endsWith("/confirmation-code-wrong");

        var otherAccount = post("/api/v1/registrations/by-phone", completion(id, code, "9200000004", "it-phone-b"));
        assertThat(otherAccount.statusCode())
                .as("a confirmation belongs to its account")
                .isEqualTo(404);

        var registered = post("/api/v1/registrations/by-phone", completion(id, code, "9200000003", "it-phone-b"));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    }

    private Map<String, Object> completion(String id, String code, String number, String username) {
        var form = new LinkedHashMap<String, Object>();
        form.put("confirmationId", id);
        form.put("code", code);
        form.put("accountNumber", number);
        form.put("phone", phone);
        form.put("username", username);
        form.put("firstName", "Анна");
        form.put("surname", "Орлова");
        form.put("password", "Kabinet-2026x");
        form.put("consent", true);
        return form;
    }

    private HttpResponse<String> post(String path, Map<String, ?> body) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Content-Type", "application/json")
                        .header("Accept-Language", "ru")
                        .header("X-Forwarded-For", address)
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private java.util.List<JsonNode> inbox() throws Exception {
        var response = HTTP.send(
                HttpRequest.newBuilder(URI.create(SINK + "/api/inbox/" + phone)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).values().stream().toList();
    }

    private String latestCode() throws Exception {
        var messages = inbox();
        assertThat(messages).as("SMS to %s in the sink", phone).isNotEmpty();
        var matcher = CODE.matcher(messages.getLast().get("text").asString());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

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
}
