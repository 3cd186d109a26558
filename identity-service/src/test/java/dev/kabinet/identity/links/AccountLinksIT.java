package dev.kabinet.identity.links;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.identity.TestResidents;
import dev.kabinet.identity.registration.AccountServiceDouble;
import dev.kabinet.platform.test.KabinetIntegrationTest;
import dev.kabinet.platform.test.KeycloakTokens;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * ID-9 linking more accounts through identity-service's resident API, against the run's Keycloak (throwaway logins;
 * the Keycloak attribute {@code accounts} and a fresh token's claim are checked) and a real local HTTP server speaking
 * account-service's internal API ({@link AccountServiceDouble}; account-service's side is its {@code ResidentLinksIT}).
 */
@KabinetIntegrationTest
@DisplayName("ID-9 a resident links a second account, lists and unlinks; the token's accounts follow")
class AccountLinksIT {

    private static final String OWNER = "it-link-owner";
    private static final String OTHER = "it-link-other";
    private static final String PASSWORD = "Kabinet-2026";
    private static final String FIRST = "9100000301";
    private static final String SECOND = "9100000302";
    private static final AccountServiceDouble ACCOUNTS = start();

    @LocalServerPort
    int port;

    @Autowired
    Keycloak keycloak;

    String ownerId;

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
        ACCOUNTS.outcomes.clear();
        ACCOUNTS.links.clear();
        ACCOUNTS.linkStatus = 201;
        ownerId = TestResidents.create(keycloak, OWNER, PASSWORD, List.of(FIRST));
        TestResidents.create(keycloak, OTHER, PASSWORD, List.of());
        ACCOUNTS.links.add(TestResidents.JSON.valueToTree(Map.of("username", OWNER, "accountNumber", FIRST)));
    }

    @AfterEach
    void tearDown() {
        TestResidents.remove(keycloak, OWNER);
        TestResidents.remove(keycloak, OTHER);
    }

    private String token(String username) throws Exception {
        return TestResidents.login(username, PASSWORD).get("access_token").asString();
    }

    @Test
    @DisplayName("ID-9 the owner's surname links a second account; the gateway is told the token is stale; a new token"
            + " carries both accounts; unlinking takes it away again")
    void linksSecondAccountThenUnlinks() throws Exception {
        ACCOUNTS.outcomes.put(SECOND + "/Лебедев/", "MATCH");
        String token = token(OWNER);

        var linked = TestResidents.call(
                port,
                "POST",
                "/api/v1/me/links",
                token,
                Map.of(
                        "accountNumber",
                        "9100 000 302",
                        "surname",
                        "Лебедев",
                        "captcha",
                        TestResidents.solveCaptcha(port)));

        assertThat(linked.statusCode()).as(linked.body()).isEqualTo(201);
        assertThat(linked.headers().firstValue("Kabinet-Token-Stale")).isPresent();
        assertThat(TestResidents.JSON.readTree(linked.body()).findValuesAsString("accountNumber"))
                .containsExactly(FIRST, SECOND);
        assertThat(keycloak.realm("kabinet")
                        .users()
                        .get(ownerId)
                        .toRepresentation()
                        .getAttributes()
                        .get("accounts"))
                .containsExactly(FIRST, SECOND);
        assertThat(TestResidents.claims(token(OWNER))
                        .get("accounts")
                        .valueStream()
                        .map(n -> n.asString()))
                .containsExactlyInAnyOrder(FIRST, SECOND);

        var unlinked = TestResidents.call(port, "DELETE", "/api/v1/me/links/" + SECOND, token, null);

        assertThat(unlinked.statusCode()).as(unlinked.body()).isEqualTo(200);
        assertThat(unlinked.headers().firstValue("Kabinet-Token-Stale")).isPresent();
        assertThat(keycloak.realm("kabinet")
                        .users()
                        .get(ownerId)
                        .toRepresentation()
                        .getAttributes()
                        .get("accounts"))
                .containsExactly(FIRST);
        var list = TestResidents.call(port, "GET", "/api/v1/me/links", token, null);
        assertThat(TestResidents.JSON.readTree(list.body()).findValuesAsString("accountNumber"))
                .containsExactly(FIRST);
    }

    @Test
    @DisplayName("ID-9 the phone on record gets an SMS code (read from the SMS sink); the code links the account")
    void linksByPhoneAndSmsCode() throws Exception {
        String phone = "+79"
                + String.format(
                        "%09d", java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000_000));
        ACCOUNTS.phoneOutcomes.put(SECOND + "/" + phone, "MATCH");
        String token = token(OWNER);

        var wrongPhone = TestResidents.call(
                port,
                "POST",
                "/api/v1/me/links/phone-codes",
                token,
                Map.of("accountNumber", SECOND, "phone", "9000000000", "captcha", TestResidents.solveCaptcha(port)));
        assertThat(wrongPhone.statusCode()).as(wrongPhone.body()).isEqualTo(422);
        assertThat(wrongPhone.body()).contains("/link-not-confirmed");

        var sent = TestResidents.call(
                port,
                "POST",
                "/api/v1/me/links/phone-codes",
                token,
                Map.of(
                        "accountNumber",
                        SECOND,
                        "phone",
                        phone.substring(2),
                        "captcha",
                        TestResidents.solveCaptcha(port)));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        String confirmationId =
                TestResidents.JSON.readTree(sent.body()).get("confirmationId").asString();

        var linked = TestResidents.call(
                port,
                "POST",
                "/api/v1/me/links/by-phone",
                token,
                Map.of("accountNumber", SECOND, "confirmationId", confirmationId, "code", latestCode(phone)));

        assertThat(linked.statusCode()).as(linked.body()).isEqualTo(201);
        assertThat(linked.headers().firstValue("Kabinet-Token-Stale")).isPresent();
        assertThat(TestResidents.JSON.readTree(linked.body()).findValuesAsString("accountNumber"))
                .containsExactly(FIRST, SECOND);
        assertThat(keycloak.realm("kabinet")
                        .users()
                        .get(ownerId)
                        .toRepresentation()
                        .getAttributes()
                        .get("accounts"))
                .containsExactly(FIRST, SECOND);
    }

    private static String latestCode(String phone) throws Exception {
        String sink = System.getenv().getOrDefault("KABINET_SMS_SINK_URL", "http://127.0.0.1:8026");
        var response = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(sink + "/api/inbox/" + phone))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        var messages =
                TestResidents.JSON.readTree(response.body()).values().stream().toList();
        assertThat(messages).as("SMS to %s in the sink", phone).isNotEmpty();
        var matcher = java.util.regex.Pattern.compile("\\b([0-9]{6})\\b")
                .matcher(messages.getLast().get("text").asString());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    @Test
    @DisplayName("ID-9 a wrong surname asks for a meter, a wrong meter is refused; nothing is linked")
    void wrongProofLinksNothing() throws Exception {
        String token = token(OWNER);
        var asksMeter = TestResidents.call(
                port,
                "POST",
                "/api/v1/me/links",
                token,
                Map.of("accountNumber", SECOND, "surname", "Иванов", "captcha", TestResidents.solveCaptcha(port)));
        assertThat(asksMeter.statusCode()).as(asksMeter.body()).isEqualTo(422);
        assertThat(asksMeter.body()).contains("/meter-serial-needed", "meterSerialNumber");

        var refused = TestResidents.call(
                port,
                "POST",
                "/api/v1/me/links",
                token,
                Map.of(
                        "accountNumber",
                        SECOND,
                        "surname",
                        "Иванов",
                        "meterSerialNumber",
                        "СЧ-999",
                        "captcha",
                        TestResidents.solveCaptcha(port)));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("/link-not-confirmed");
        assertThat(ACCOUNTS.links).hasSize(1);
    }

    @Test
    @DisplayName("ID-9 the last-payment proof is validated (ДД.ММ.ГГГГ, decimal comma) and then answered as not yet"
            + " available")
    void lastPaymentIsATodo() throws Exception {
        String token = token(OWNER);
        var badFormat = TestResidents.call(
                port,
                "POST",
                "/api/v1/me/links",
                token,
                Map.of("accountNumber", SECOND, "lastPaymentDate", "2026-11-20", "lastPaymentAmount", "12.50"));
        assertThat(badFormat.statusCode()).as(badFormat.body()).isEqualTo(400);
        assertThat(badFormat.body()).contains("lastPaymentDate", "lastPaymentAmount");

        var todo = TestResidents.call(
                port,
                "POST",
                "/api/v1/me/links",
                token,
                Map.of(
                        "accountNumber",
                        SECOND,
                        "lastPaymentDate",
                        "20.11.2026",
                        "lastPaymentAmount",
                        "1 234,56",
                        "captcha",
                        TestResidents.solveCaptcha(port)));
        assertThat(todo.statusCode()).as(todo.body()).isEqualTo(422);
        assertThat(todo.body()).contains("/link-by-payment-unavailable");
    }

    @Test
    @DisplayName("ID-9 another resident cannot unlink the owner's account: the same refusal as a missing account")
    void anotherResidentCannotUnlink() throws Exception {
        String other = token(OTHER);

        var foreign = TestResidents.call(port, "DELETE", "/api/v1/me/links/" + FIRST, other, null);
        var missing = TestResidents.call(port, "DELETE", "/api/v1/me/links/9100000399", other, null);

        assertThat(foreign.statusCode()).as(foreign.body()).isEqualTo(404);
        var a = TestResidents.JSON.readTree(foreign.body());
        var b = TestResidents.JSON.readTree(missing.body());
        assertThat(a.get("type")).isEqualTo(b.get("type"));
        assertThat(a.get("detail")).isEqualTo(b.get("detail"));
        assertThat(TestResidents.JSON
                        .readTree(TestResidents.call(port, "GET", "/api/v1/me/links", other, null)
                                .body())
                        .size())
                .isZero();
        assertThat(ACCOUNTS.links).hasSize(1);
    }
}
