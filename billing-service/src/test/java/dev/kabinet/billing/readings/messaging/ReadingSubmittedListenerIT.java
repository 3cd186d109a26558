package dev.kabinet.billing.readings.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kabinet.platform.messaging.ConsumerRetryProperties;
import dev.kabinet.platform.test.GoldenEvent;
import dev.kabinet.platform.test.KabinetIntegrationTest;
import dev.kabinet.platform.test.KafkaProbe;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Billing's listener of {@code metering.ReadingSubmitted.v1} on the real Kafka and PostgreSQL: hostile payloads go to
 * {@code metering.readings.DLT} at once with the reason and leave nothing in the database; a missing tariff is retried,
 * then dead-lettered, and the partition keeps flowing; a redelivery with other data does nothing. Fresh ids every run.
 */
@KabinetIntegrationTest
@DisplayName("MT-7 billing validates each reading event against its contract before pricing it (#5)")
class ReadingSubmittedListenerIT {

    static final String TOPIC = "metering.readings";
    static final String DLT = TOPIC + ".DLT";
    static final String TYPE = ReadingSubmittedV1.TYPE;
    static final String ACCOUNT = "1000000011";
    static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ConsumerRetryProperties retry;

    @Value("${spring.kafka.consumer.group-id}")
    String group;

    @BeforeEach
    void tariff() {
        // the demo seed is off in tests: the tariff these tests rely on, as the demo has it
        jdbc.update("insert into tariff (service, scheme, zone, kopecks_per_unit, valid_from)"
                + " values ('ELECTRICITY', 'SINGLE', 'T1', 643, date '2026-01-01') on conflict do nothing");
    }

    /** Meter 101 of account 1000000011, single-rate electricity: priced at 643 kop./kWh from 2026. */
    static GoldenEvent aReading(UUID readingId) {
        return GoldenEvent.of(TYPE)
                .with("readingId", readingId.toString())
                .with("accountNumber", ACCOUNT)
                .with("meterId", 101)
                .with("serialNumber", "ЭМ-101-2019")
                .with("values", Map.of("T1", "12346.0"))
                .with("previousValues", Map.of("T1", "12345.6"));
    }

    @Test
    void hostilePayloadsGoToTheDeadLetterTopicAtOnceWithTheReasonAndChangeNothing() {
        var hostile = List.of(
                aReading(UUID.randomUUID()).with("values.T1", "1E+200000"),
                aReading(UUID.randomUUID()).withRaw("values.T1", "1E+200000"),
                aReading(UUID.randomUUID()).with("values.T1", "NaN"),
                aReading(UUID.randomUUID()).withRaw("values.T1", "NaN"),
                aReading(UUID.randomUUID()).with("values.T1", "-12346.0"),
                aReading(UUID.randomUUID()).with("values.T1", 12346.0),
                aReading(UUID.randomUUID()).without("values"),
                aReading(UUID.randomUUID()).without("submittedAt"),
                aReading(UUID.randomUUID()).with("meterId", "101"),
                aReading(UUID.randomUUID()).with("serialNumber", "Э".repeat(200_000)));
        try (var deadLetters = KafkaProbe.listen(DLT)) {
            for (var payload : hostile) {
                var eventId = UUID.randomUUID();
                KafkaProbe.publish(TOPIC, ACCOUNT, eventId, payload);

                var dead = deadLetters.awaitDeadLetter(eventId, group, PATIENCE);

                assertThat(KafkaProbe.header(dead, "kabinet_dlt_reason"))
                        .as(payload.toString()
                                .substring(0, Math.min(300, payload.toString().length())))
                        .matches("(contract-violation|not-json): .+")
                        .doesNotContain("200000", "NaN", "12346");
                assertThat(KafkaProbe.header(dead, "kabinet_dlt_attempts"))
                        .as("no retries")
                        .isEqualTo("1");
                assertThat(KafkaProbe.header(dead, "kafka_dlt-exception-fqcn")).isNotBlank();
                assertThat(dead.value()).isEqualTo(payload.json());
                assertNothingRecorded(eventId, UUID.fromString(payload.get("readingId")));
            }
        }
    }

    @Test
    void anUnknownVersionGoesToTheDeadLetterTopicAtOnce() {
        try (var deadLetters = KafkaProbe.listen(DLT)) {
            var eventId = UUID.randomUUID();
            var payload = aReading(UUID.randomUUID());
            KafkaProbe.publish(TOPIC, ACCOUNT, eventId, "metering.ReadingSubmitted.v9", payload.json());

            var dead = deadLetters.awaitDeadLetter(eventId, group, PATIENCE);

            assertThat(KafkaProbe.header(dead, "kabinet_dlt_reason")).startsWith("unknown-type: ");
            assertThat(KafkaProbe.header(dead, "kabinet_dlt_attempts")).isEqualTo("1");
            assertNothingRecorded(eventId, UUID.fromString(payload.get("readingId")));
        }
    }

    @Test
    void aPoisonRecordDoesNotHoldUpTheNextEventOfItsPartition() {
        try (var deadLetters = KafkaProbe.listen(DLT)) {
            var poisonId = UUID.randomUUID();
            KafkaProbe.publish(TOPIC, ACCOUNT, poisonId, TYPE, "{\"readingId\": not json");
            var readingId = UUID.randomUUID();
            KafkaProbe.publish(TOPIC, ACCOUNT, UUID.randomUUID(), aReading(readingId));

            var dead = deadLetters.awaitDeadLetter(poisonId, group, PATIENCE);
            assertThat(dead.value()).isEqualTo("{\"readingId\": not json");
            assertThat(KafkaProbe.header(dead, "kabinet_dlt_reason")).startsWith("not-json: ");
            awaitPreviewOf(readingId);
        }
    }

    @Test
    void aMissingTariffIsRetriedThenDeadLetteredWhileThePartitionKeepsFlowing() {
        try (var deadLetters = KafkaProbe.listen(DLT)) {
            var eventId = UUID.randomUUID();
            var unpriceable = aReading(UUID.randomUUID()).with("submittedAt", "1999-01-15T09:00:00Z");
            KafkaProbe.publish(TOPIC, ACCOUNT, eventId, unpriceable);
            var next = UUID.randomUUID();
            KafkaProbe.publish(TOPIC, ACCOUNT, UUID.randomUUID(), aReading(next));

            var dead = deadLetters.awaitDeadLetter(eventId, group, PATIENCE);

            assertThat(KafkaProbe.header(dead, "kabinet_dlt_reason"))
                    .isEqualTo("failed: dev.kabinet.billing.tariffs.TariffNotFound");
            assertThat(KafkaProbe.header(dead, "kabinet_dlt_attempts"))
                    .as("the first delivery and every retry")
                    .isEqualTo(Integer.toString(retry.maxAttempts() + 1));
            assertNothingRecorded(eventId, UUID.fromString(unpriceable.get("readingId")));
            awaitPreviewOf(next);
        }
    }

    @Test
    void aRedeliveryWithOtherDataHasNoSecondEffect() {
        var eventId = UUID.randomUUID();
        var first = UUID.randomUUID();
        var other = UUID.randomUUID();
        KafkaProbe.publish(TOPIC, ACCOUNT, eventId, aReading(first).with("values.T1", "12350.0"));
        // the inbox, not the reading id, makes a redelivery a no-op: the same event id with other data is ignored
        KafkaProbe.publish(TOPIC, ACCOUNT, eventId, aReading(other).with("values.T1", "12360.0"));
        // same key, so same partition: once this one is priced, the two before it were handled
        var marker = UUID.randomUUID();
        KafkaProbe.publish(TOPIC, ACCOUNT, UUID.randomUUID(), aReading(marker));

        awaitPreviewOf(marker);
        assertThat(count("select count(*) from charge_preview where reading_id = ? and amount_kopecks = 2829", first))
                .as("4.4 kWh x 643 kop.")
                .isEqualTo(1);
        assertThat(count("select count(*) from charge_preview where reading_id = ?", other))
                .isZero();
        assertThat(count("select count(*) from inbox_event where event_id = ?", eventId))
                .isEqualTo(1);
    }

    void awaitPreviewOf(UUID readingId) {
        await().atMost(PATIENCE)
                .until(() -> count("select count(*) from charge_preview where reading_id = ?", readingId) == 1);
    }

    void assertNothingRecorded(UUID eventId, UUID readingId) {
        assertThat(count("select count(*) from inbox_event where event_id = ?", eventId))
                .isZero();
        assertThat(count("select count(*) from charge_preview where reading_id = ?", readingId))
                .isZero();
    }

    long count(String sql, Object... args) {
        Long count = jdbc.queryForObject(sql, Long.class, args);
        return count == null ? 0 : count;
    }
}
