package dev.kabinet.account.links;

import static dev.kabinet.account.accounts.AccountBuilder.aMeter;
import static dev.kabinet.account.accounts.AccountBuilder.anElectricityAccount;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.account.accounts.AccountRepository;
import dev.kabinet.account.accounts.UtilityService;
import dev.kabinet.platform.test.KabinetIntegrationTest;
import dev.kabinet.platform.test.KeycloakTokens;
import dev.kabinet.platform.test.ServiceApi;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The internal ownership check and link creation identity-service calls while a resident registers (ID-1, ADR 0015),
 * against the run's Keycloak (identity-service's real client-credentials token, a resident's real token) and this
 * service's PostgreSQL database, with fresh accounts no one is linked to.
 */
@KabinetIntegrationTest
@DisplayName("ID-1 internal ownership check and link creation, for identity-service only")
class InternalLinksIT {

    private static final String OPEN = "9000000101";
    private static final String CLOSED = "9000000102";
    private static final String MISSING = "9000000199";

    @LocalServerPort
    int port;

    @Autowired
    AccountRepository accounts;

    @Autowired
    JdbcTemplate jdbc;

    ServiceApi identity;

    @BeforeEach
    void setUp() {
        for (String number : new String[] {OPEN, CLOSED, MISSING}) {
            jdbc.update("delete from account where number = ?", number);
        }
        accounts.save(anElectricityAccount()
                .number(OPEN)
                .ownerName("Семёнова Ольга Ивановна")
                .meters(aMeter(501, UtilityService.ELECTRICITY, "T1"))
                .contact("+79161234501", "semenova@kabinet.local")
                .build());
        var closed = anElectricityAccount()
                .number(CLOSED)
                .ownerName("Петрова Нина Павловна")
                .build();
        closed.close(2, LocalDate.parse("2026-10-01"), Instant.parse("2026-10-01T00:00:00Z"));
        accounts.save(closed);
        identity = ServiceApi.on(port).withToken(KeycloakTokens.identityServiceToken());
    }

    private String outcome(String number, String surname, String serial) {
        String body = serial == null
                ? "{\"accountNumber\":\"%s\",\"surname\":\"%s\"}".formatted(number, surname)
                : "{\"accountNumber\":\"%s\",\"surname\":\"%s\",\"meterSerialNumber\":\"%s\"}"
                        .formatted(number, surname, serial);
        var response = identity.post("/internal/v1/ownership-checks", body);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("outcome").asString();
    }

    @Test
    @DisplayName("ID-1 the owner's surname, in any case and with е for ё, proves ownership")
    void surnameMatches() {
        assertThat(outcome(OPEN, "семенова", null)).isEqualTo("MATCH");
        assertThat(outcome(OPEN, "  СЕМЁНОВА ", null)).isEqualTo("MATCH");
    }

    @Test
    @DisplayName("ID-1 a surname that does not identify the owner asks for a meter, exactly as for a missing account")
    void wrongSurnameAsksForMeterLikeMissingAccount() {
        assertThat(outcome(OPEN, "Иванова", null)).isEqualTo("METER_NEEDED");
        assertThat(outcome(MISSING, "Иванова", null)).isEqualTo("METER_NEEDED");
        var wrong = identity.post(
                "/internal/v1/ownership-checks", "{\"accountNumber\":\"" + OPEN + "\",\"surname\":\"Иванова\"}");
        var missing = identity.post(
                "/internal/v1/ownership-checks", "{\"accountNumber\":\"" + MISSING + "\",\"surname\":\"Иванова\"}");
        assertThat(wrong.body()).isEqualTo(missing.body());
    }

    @Test
    @DisplayName("ID-1 a meter's serial number proves ownership; a wrong one is refused like a missing account")
    void meterSerialNumber() {
        assertThat(outcome(OPEN, "Иванова", "сч 501")).isEqualTo("MATCH");
        assertThat(outcome(OPEN, "Иванова", "СЧ-999")).isEqualTo("NO_MATCH");
        assertThat(outcome(MISSING, "Иванова", "СЧ-501")).isEqualTo("NO_MATCH");
    }

    @Test
    @DisplayName("ID-1 a closed account is reported only to whoever proved ownership")
    void closedAccount() {
        assertThat(outcome(CLOSED, "Петрова", null)).isEqualTo("CLOSED");
        assertThat(outcome(CLOSED, "Сидорова", null)).isEqualTo("METER_NEEDED");
    }

    @Test
    @DisplayName("ID-1 a proven owner gets a link once; a second login on the same account is refused")
    void linksOnceThenAlreadyRegistered() {
        String request = "{\"username\":\"it-owner-1\",\"subject\":\"00000000-0000-0000-0000-000000000001\","
                + "\"accountNumber\":\"" + OPEN + "\",\"surname\":\"Семенова\"}";
        var created = identity.post("/internal/v1/links", request);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("how").asString()).isEqualTo("OWNER_SURNAME");
        assertThat(identity.post("/internal/v1/links", request).status()).isEqualTo(201);
        assertThat(jdbc.queryForObject(
                        "select count(*) from account_link where account_number = ?", Integer.class, OPEN))
                .isEqualTo(1);

        assertThat(outcome(OPEN, "Семенова", null)).isEqualTo("ALREADY_REGISTERED");
        var second = identity.post(
                "/internal/v1/links",
                request.replace("it-owner-1", "it-owner-2").replace("0001\"", "0002\""));
        assertThat(second.status()).as(second.toString()).isEqualTo(409);
        assertThat(second.problemType()).endsWith("/account-already-registered");
    }

    @Test
    @DisplayName("ID-1 no link without proof of ownership")
    void noLinkWithoutProof() {
        var refused = identity.post(
                "/internal/v1/links",
                "{\"username\":\"it-owner-3\",\"subject\":\"00000000-0000-0000-0000-000000000003\","
                        + "\"accountNumber\":\"" + OPEN + "\",\"surname\":\"Иванова\"}");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.problemType()).endsWith("/ownership-not-proven");
    }

    @Test
    @DisplayName("ID-3 the phone on record proves ownership; another phone and a missing account get the same answer")
    void phoneCheckAndLink() {
        assertThat(phoneOutcome(OPEN, "+79161234501")).isEqualTo("MATCH");
        assertThat(phoneOutcome(OPEN, "+79161234599")).isEqualTo("NO_MATCH");
        assertThat(phoneOutcome(MISSING, "+79161234501")).isEqualTo("NO_MATCH");

        var refused = identity.post(
                "/internal/v1/phone-links",
                "{\"username\":\"it-phone-1\",\"subject\":\"00000000-0000-0000-0000-000000000011\","
                        + "\"accountNumber\":\"" + OPEN + "\",\"phone\":\"+79161234599\"}");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        var linked = identity.post(
                "/internal/v1/phone-links",
                "{\"username\":\"it-phone-1\",\"subject\":\"00000000-0000-0000-0000-000000000011\","
                        + "\"accountNumber\":\"" + OPEN + "\",\"phone\":\"+79161234501\"}");
        assertThat(linked.status()).as(linked.toString()).isEqualTo(201);
        assertThat(linked.json().get("how").asString()).isEqualTo("PHONE_CODE");
        assertThat(phoneOutcome(OPEN, "+79161234501")).isEqualTo("ALREADY_REGISTERED");
        assertThat(ServiceApi.on(port)
                        .as("ivanova")
                        .post(
                                "/internal/v1/phone-checks",
                                "{\"accountNumber\":\"" + OPEN + "\",\"phone\":\"+79161234501\"}")
                        .status())
                .isEqualTo(403);
    }

    private String phoneOutcome(String number, String phone) {
        var response = identity.post(
                "/internal/v1/phone-checks", "{\"accountNumber\":\"" + number + "\",\"phone\":\"" + phone + "\"}");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("outcome").asString();
    }

    @Test
    @DisplayName("ID-1 a resident's token is refused (403) and no token at all is 401")
    void onlyIdentityService() {
        String body = "{\"accountNumber\":\"" + OPEN + "\",\"surname\":\"Семенова\"}";
        var asResident = ServiceApi.on(port).as("ivanova").post("/internal/v1/ownership-checks", body);
        assertThat(asResident.status()).as(asResident.toString()).isEqualTo(403);
        assertThat(asResident.isProblem()).isTrue();
        var asOperator = ServiceApi.on(port)
                .as("operator")
                .post(
                        "/internal/v1/links",
                        "{\"username\":\"x\",\"subject\":\"x\",\"accountNumber\":\"" + OPEN
                                + "\",\"surname\":\"Семенова\"}");
        assertThat(asOperator.status()).isEqualTo(403);
        assertThat(ServiceApi.on(port)
                        .anonymous()
                        .post("/internal/v1/ownership-checks", body)
                        .status())
                .isEqualTo(401);
    }
}
