package dev.kabinet.backoffice.readings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.backoffice.DemoTopics;
import dev.kabinet.platform.test.EventContracts;
import dev.kabinet.platform.test.GoldenEvent;
import dev.kabinet.platform.test.KafkaProbe;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo back office's readings (BO-2) against the run's real Kafka, on topics of its own (created and deleted here,
 * so no dev stack takes these records): an account appearing on the accounts topic gets its history sent, ending on
 * the demo's values; a submitted reading is decided after the delay, accepted or refused by the 5× rule.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DisplayName("BO-2 the demo back office decides readings and sends the meters' history through Kafka")
class ReadingsBackofficeIT {

    static final DemoTopics TOPICS = DemoTopics.fresh();
    static final String ACCOUNTS = TOPICS.kabinetAccounts();
    static final String SUBMISSIONS = TOPICS.readings();
    static final String DECISIONS = TOPICS.readingDecisions();
    static final String HISTORY = TOPICS.readingHistory();
    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        TOPICS.register(registry);
        registry.add("kabinet.backoffice-demo.generated-accounts", () -> 2);
    }

    @BeforeAll
    static void createTopics() throws Exception {
        TOPICS.create();
    }

    @AfterAll
    static void deleteTopics() throws Exception {
        TOPICS.delete();
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        return KafkaProbe.header(record, name);
    }

    @Test
    @DisplayName(
            "BO-2 MT-3 an account on account.accounts gets 12 months of history, ending with the demo's last reading")
    void anAccountGetsItsHistory() {
        try (var history = KafkaProbe.listen(HISTORY)) {
            KafkaProbe.publish(
                    ACCOUNTS,
                    "1000000012",
                    UUID.randomUUID(),
                    GoldenEvent.of("account.AccountChanged.v1").with("accountNumber", "1000000012"));

            var sent = history.collectUntil(
                    r -> "1000000012".equals(r.key()), r -> r.value().contains("\"T1\":\"5000.0\""), PATIENCE);
            assertThat(sent).hasSize(12);
            sent.forEach(r -> {
                EventContracts.assertConforms("backoffice.ReadingTaken.v1", r.value());
                assertThat(header(r, "ce_type")).isEqualTo("backoffice.ReadingTaken.v1");
            });
            var last = JSON.readTree(sent.getLast().value());
            assertThat(last.get("values").get("T2").asString()).isEqualTo("2000.0");
            assertThat(last.get("takenAt").asString()).isEqualTo("2026-10-24T07:05:00Z");
        }
    }

    GoldenEvent submitted(Map<String, String> values) {
        return GoldenEvent.of("metering.ReadingSubmitted.v1")
                .with("readingId", UUID.randomUUID().toString())
                .with("values", values);
    }

    @Test
    @DisplayName("BO-2 a reading is accepted after the delay; one with more than 5× the average consumption is refused")
    void readingsAreDecided() {
        try (var decisions = KafkaProbe.listen(DECISIONS)) {
            var usual = submitted(Map.of("T1", "5180.0", "T2", "2090.0"));
            var tooHigh = submitted(Map.of("T1", "6000.0", "T2", "2090.0"));
            KafkaProbe.publish(SUBMISSIONS, "1000000012", UUID.randomUUID(), usual);
            KafkaProbe.publish(SUBMISSIONS, "1000000012", UUID.randomUUID(), tooHigh);

            var accepted = decisions.await(r -> r.value().contains(usual.get("readingId")), PATIENCE);
            var refused = decisions.await(r -> r.value().contains(tooHigh.get("readingId")), PATIENCE);

            EventContracts.assertConforms("backoffice.ReadingDecided.v1", accepted.value());
            EventContracts.assertConforms("backoffice.ReadingDecided.v1", refused.value());
            assertThat(accepted.key()).isEqualTo("1000000012");
            assertThat(header(accepted, "ce_type")).isEqualTo("backoffice.ReadingDecided.v1");
            assertThat(JSON.readTree(accepted.value()).get("decision").asString())
                    .isEqualTo("ACCEPTED");
            var refusal = JSON.readTree(refused.value());
            assertThat(refusal.get("decision").asString()).isEqualTo("REFUSED");
            assertThat(refusal.get("reasonCode").asString()).isEqualTo("CONSUMPTION_TOO_HIGH");
            assertThat(refusal.get("reason").asString())
                    .isEqualTo("Расход по шкале T1 (1 000) больше чем в 5 раз превышает средний месячный (180,5). "
                            + "Проверьте показания на табло счётчика и передайте их снова.");
        }
    }

    @Test
    @DisplayName("MT-4 BO-2 a reading the resident deleted before its decision was due gets no decision")
    void aDeletedReadingIsNotDecided() {
        try (var decisions = KafkaProbe.listen(DECISIONS)) {
            var deleted = submitted(Map.of("T1", "5100.0", "T2", "2050.0"));
            var kept = submitted(Map.of("T1", "5101.0", "T2", "2051.0"));
            KafkaProbe.publish(SUBMISSIONS, "1000000012", UUID.randomUUID(), deleted);
            KafkaProbe.publish(
                    SUBMISSIONS,
                    "1000000012",
                    UUID.randomUUID(),
                    GoldenEvent.of("metering.ReadingDeleted.v1").with("readingId", deleted.get("readingId")));
            KafkaProbe.publish(SUBMISSIONS, "1000000012", UUID.randomUUID(), kept);

            var seen = decisions.collectUntil(r -> true, r -> r.value().contains(kept.get("readingId")), PATIENCE);
            assertThat(seen).noneMatch(r -> r.value().contains(deleted.get("readingId")));
        }
    }
}
