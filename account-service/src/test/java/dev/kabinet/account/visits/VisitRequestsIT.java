package dev.kabinet.account.visits;

import static dev.kabinet.account.accounts.AccountBuilder.ivanovasFlat12;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.account.accounts.AccountRepository;
import dev.kabinet.platform.test.EventContracts;
import dev.kabinet.platform.test.GoldenEvent;
import dev.kabinet.platform.test.KabinetIntegrationTest;
import dev.kabinet.platform.test.KafkaProbe;
import dev.kabinet.platform.test.ServiceApi;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * AC-4 against real Keycloak tokens, PostgreSQL and Kafka: ivanova asks for a visit to her account 1000000011; the
 * request goes out on account.visit-requests; the back office's answers on backoffice.visit-requests (published here
 * as the back office would) move it to accepted with a slot and done; her list shows it, newest first.
 */
@KabinetIntegrationTest
@DisplayName("AC-4 specialist visits: requested, sent to the back office, answered")
class VisitRequestsIT {

    static final String NUMBER = "1000000011";
    static final String PATH = "/api/v1/accounts/" + NUMBER + "/visit-requests";
    static final Duration PATIENCE = ServiceApi.PATIENCE;
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Moscow"));

    @LocalServerPort
    int port;

    @Autowired
    AccountRepository accounts;

    @Autowired
    JdbcTemplate jdbc;

    ServiceApi api;

    @BeforeEach
    void setUp() {
        api = ServiceApi.on(port);
        jdbc.update("delete from account where number = ?", NUMBER);
        accounts.save(ivanovasFlat12().build());
    }

    static String body(LocalDate from, LocalDate to, String phone, String meter) {
        var map = new LinkedHashMap<String, Object>();
        map.put("reason", "SEAL_METER");
        map.put("meterSerial", meter);
        map.put("preferredFrom", from.toString());
        map.put("preferredTo", to.toString());
        map.put("contactPhone", phone);
        map.put("comment", "Домофон 12");
        return JSON.writeValueAsString(map);
    }

    long stored() {
        return jdbc.queryForObject("select count(*) from visit_request where account_number = ?", Long.class, NUMBER);
    }

    @Test
    @DisplayName("AC-4 BO-5 a request goes to the back office; its answers show as accepted with a slot, then done")
    void aRequestRoundTripsThroughTheBackOffice() {
        UUID id;
        try (var toBackoffice = KafkaProbe.listen("account.visit-requests")) {
            var response =
                    api.as("ivanova").post(PATH, body(TODAY.plusDays(1), TODAY.plusDays(3), "8 912 345-67-89", null));

            assertThat(response.status()).as(response.toString()).isEqualTo(201);
            var created = response.json();
            id = UUID.fromString(created.get("id").asString());
            assertThat(created.get("status").asString()).isEqualTo("SENT");
            assertThat(created.get("contactPhone").asString()).isEqualTo("+79123456789");
            assertThat(response.header("Location")).endsWith(PATH + "/" + id);

            var sent = toBackoffice.await(record -> NUMBER.equals(record.key()), PATIENCE);
            EventContracts.assertConforms(VisitRequestedV1.TYPE, sent.value());
            assertThat(JSON.readTree(sent.value()).get("requestId").asString()).isEqualTo(id.toString());
        }

        KafkaProbe.publish(
                "backoffice.visit-requests",
                NUMBER,
                UUID.randomUUID(),
                GoldenEvent.of("backoffice.VisitRequestUpdated.v1")
                        .with("requestId", id.toString())
                        .with("slotStart", "2030-01-10T07:00:00Z")
                        .with("slotEnd", "2030-01-10T09:00:00Z"));
        var accepted = api.as("ivanova")
                .awaitGet(PATH + "/" + id, r -> r.status() == 200 && r.body().contains("ACCEPTED"))
                .json();
        assertThat(accepted.get("slotStart").asString()).isEqualTo("2030-01-10T07:00:00Z");

        KafkaProbe.publish(
                "backoffice.visit-requests",
                NUMBER,
                UUID.randomUUID(),
                GoldenEvent.of("backoffice.VisitRequestUpdated.v1")
                        .with("requestId", id.toString())
                        .with("status", "DONE")
                        .with("updatedAt", "2030-01-10T09:05:00Z"));
        api.as("ivanova").awaitGet(PATH + "/" + id, r -> r.body().contains("\"DONE\""));

        var list = api.as("ivanova").get(PATH + "?page=0&size=5");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.header("X-Total-Count")).isEqualTo(String.valueOf(stored()));
        assertThat(list.json().get(0).get("id").asString()).isEqualTo(id.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {NUMBER, "9999999990"})
    @DisplayName("AC-4 petrov gets the same refusal on ivanova's account as on one that does not exist")
    void petrovIsRefused(String number) {
        var path = "/api/v1/accounts/" + number + "/visit-requests";
        long before = stored();

        for (var response : List.of(
                api.as("petrov").get(path),
                api.as("petrov").post(path, body(TODAY.plusDays(1), TODAY.plusDays(2), "9123456789", null)))) {
            assertThat(response.status()).as(response.toString()).isEqualTo(403);
            assertThat(response.problemType()).isEqualTo("https://kabinet.dev/problems/account-access-denied");
        }
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    @DisplayName("AC-4 past days, an inverted range, a bad phone and a meter of no account are refused; nothing stored")
    void badInputIsRefusedWithNothingStored() {
        long before = stored();
        try (var toBackoffice = KafkaProbe.listen("account.visit-requests")) {
            var past = api.as("ivanova").post(PATH, body(TODAY.minusDays(2), TODAY.minusDays(3), "12345", null));

            assertThat(past.status()).as(past.toString()).isEqualTo(422);
            assertThat(past.problemType()).isEqualTo("https://kabinet.dev/problems/visit-request-invalid");
            assertThat(past.json().get("errors").findValuesAsString("field"))
                    .containsExactly("preferredFrom", "preferredTo", "contactPhone");

            var foreignMeter =
                    api.as("ivanova").post(PATH, body(TODAY.plusDays(1), TODAY.plusDays(1), "9123456789", "ЧУЖОЙ-1"));
            assertThat(foreignMeter.status()).as(foreignMeter.toString()).isEqualTo(422);
            assertThat(foreignMeter.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("meterSerial");

            assertThat(stored()).isEqualTo(before);
            assertThat(toBackoffice.drain()).noneMatch(record -> NUMBER.equals(record.key()));
        }
    }

    @Test
    @DisplayName("AC-4 a request of another account is not found under this one")
    void aRequestOfAnotherAccountIsNotFound() {
        var response = api.as("ivanova").get(PATH + "/" + UUID.randomUUID());

        assertThat(response.status()).as(response.toString()).isEqualTo(404);
        assertThat(response.problemType()).isEqualTo("https://kabinet.dev/problems/visit-request-not-found");
    }
}
