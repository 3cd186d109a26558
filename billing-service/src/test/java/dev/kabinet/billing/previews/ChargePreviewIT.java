package dev.kabinet.billing.previews;

import static dev.kabinet.billing.previews.ReadingIdBuilder.aFreshReadingId;
import static dev.kabinet.billing.previews.ReadingIdBuilder.aReadingIdSubmittedAt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.platform.test.GoldenEvent;
import dev.kabinet.platform.test.KabinetIntegrationTest;
import dev.kabinet.platform.test.KafkaProbe;
import dev.kabinet.platform.test.ServiceApi;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The walking skeleton's billing step on the real servers: a {@code metering.ReadingSubmitted.v1} event on Kafka
 * becomes a charge preview a resident reads over HTTP with a Keycloak token. Fresh ids every run, so the test
 * database may hold earlier runs' data.
 */
@KabinetIntegrationTest
@DisplayName("MT-7 a submitted reading shows the charge it produces")
class ChargePreviewIT {

    static final String TOPIC = "metering.readings";
    static final String TYPE = "metering.ReadingSubmitted.v1";
    static final String ACCOUNT = "1000000011";
    static final Duration PATIENCE = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ServiceApi api;

    @BeforeEach
    void setUp() {
        api = ServiceApi.on(port);
        // the demo seed is off in tests: the tariff this test relies on, as the demo has it
        jdbc.update("insert into tariff (service, scheme, zone, kopecks_per_unit, valid_from)"
                + " values ('ELECTRICITY', 'SINGLE', 'T1', 643, date '2026-01-01') on conflict do nothing");
    }

    /** Meter 101 of account 1000000011: a single-rate electricity meter (the golden example with overrides). */
    static String reading(UUID readingId, String value, String previous) {
        return GoldenEvent.of(TYPE)
                .with("readingId", readingId.toString())
                .with("accountNumber", ACCOUNT)
                .with("meterId", 101)
                .with("serialNumber", "ЭМ-101-2019")
                .with("values", Map.of("T1", value))
                .with("previousValues", Map.of("T1", previous))
                .json();
    }

    @Test
    void aPublishedReadingBecomesAPreviewWithTheRightKopecks() {
        var readingId = aFreshReadingId();
        var before = api.as("ivanova").get(previewPath(readingId));
        assertThat(before.status()).isEqualTo(404);
        assertThat(before.problemType()).isEqualTo("https://kabinet.dev/problems/charge-preview-not-ready");

        KafkaProbe.publish(TOPIC, ACCOUNT, UUID.randomUUID(), TYPE, reading(readingId, "12346.3", "12345.6"));

        var preview = awaitPreview(readingId);
        // 12346.3 - 12345.6 = 0.7 kWh x 643 kop. = 450.1 -> 450
        assertThat(preview.get("amountKopecks").asLong()).isEqualTo(450);
        assertThat(preview.get("meterId").asLong()).isEqualTo(101);
        assertThat(preview.get("lines")).hasSize(1);
        var line = preview.get("lines").get(0);
        assertThat(line.get("zone").asString()).isEqualTo("T1");
        assertThat(line.get("consumption").asString()).isEqualTo("0.7");
        assertThat(line.get("tariffKopecks").asLong()).isEqualTo(643);
        assertThat(line.get("amountKopecks").asLong()).isEqualTo(450);
    }

    @Test
    @DisplayName("MT-7 a confirmed rollover is priced by its wrapped consumption, from the digit capacity in the event")
    void aRolloverIsPricedByItsWrappedConsumptionFromTheEvent() {
        var readingId = aFreshReadingId();
        // a meter billing's projection does not hold: only the event knows its display has 6 digits
        var event = GoldenEvent.of(TYPE)
                .with("readingId", readingId.toString())
                .with("accountNumber", ACCOUNT)
                .with("meterId", 987_654_321L)
                .with("values", Map.of("T1", "120.5"))
                .with("previousValues", Map.of("T1", "999950.0"))
                .with("rollover", true)
                .with("digitCapacity", 6)
                .json();

        KafkaProbe.publish(TOPIC, ACCOUNT, UUID.randomUUID(), TYPE, event);

        var preview = awaitPreview(readingId);
        // 999 950.0 -> 1 000 000 -> 120.5: 170.5 kWh x 643 kop. = 109 631.5 -> 109 632
        var line = preview.get("lines").get(0);
        assertThat(line.get("consumption").asString()).isEqualTo("170.5");
        assertThat(line.get("amountKopecks").asLong()).isEqualTo(109_632);
        assertThat(line.get("note").asString()).startsWith("Счётчик перешёл через ноль");
        assertThat(preview.get("amountKopecks").asLong()).isEqualTo(109_632);
    }

    @Test
    @DisplayName("MT-7 an unknown reading older than the grace period is not found, not 'still being calculated'"
            + " forever (#5)")
    void anOldUnknownReadingIsNotFound() {
        var old = api.as("ivanova")
                .get(previewPath(aReadingIdSubmittedAt(Instant.now().minus(Duration.ofHours(1)))));
        assertThat(old.status()).isEqualTo(404);
        assertThat(old.problemType()).isEqualTo("https://kabinet.dev/problems/charge-preview-not-found");
        assertThat(old.json().get("detail").asString()).startsWith("Начисление по этим показаниям не найдено");

        var notTimeOrdered = api.as("ivanova").get(previewPath(UUID.randomUUID()));
        assertThat(notTimeOrdered.status()).isEqualTo(404);
        assertThat(notTimeOrdered.problemType()).isEqualTo("https://kabinet.dev/problems/charge-preview-not-found");

        var fromTheFuture = api.as("ivanova")
                .get(previewPath(aReadingIdSubmittedAt(Instant.now().plus(Duration.ofDays(1)))));
        assertThat(fromTheFuture.problemType()).isEqualTo("https://kabinet.dev/problems/charge-preview-not-found");
    }

    @Test
    void aFreshUnknownReadingIsStillBeingCalculated() {
        var fresh = api.as("ivanova")
                .get(previewPath(aReadingIdSubmittedAt(Instant.now().minusSeconds(30))));
        assertThat(fresh.status()).isEqualTo(404);
        assertThat(fresh.problemType()).isEqualTo("https://kabinet.dev/problems/charge-preview-not-ready");
    }

    @Test
    void aResidentIsRefusedOnAnAccountNotLinkedToThem() {
        var response = api.as("petrov").get(previewPath(UUID.randomUUID()));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.problemType()).isEqualTo("https://kabinet.dev/problems/account-access-denied");
        assertThat(response.json().get("detail").asString()).isNotBlank();
    }

    @Test
    void aCallWithoutATokenIsUnauthorized() {
        var response = api.get(previewPath(UUID.randomUUID()));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.problemType()).isEqualTo("https://kabinet.dev/problems/unauthorized");
    }

    static String previewPath(UUID readingId) {
        return "/api/v1/accounts/" + ACCOUNT + "/charge-previews/" + readingId;
    }

    JsonNode awaitPreview(UUID readingId) {
        return api.as("ivanova")
                .awaitGet(previewPath(readingId), response -> response.status() == 200, PATIENCE)
                .json();
    }
}
