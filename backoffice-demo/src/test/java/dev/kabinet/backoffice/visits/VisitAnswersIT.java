package dev.kabinet.backoffice.visits;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.backoffice.DemoTopics;
import dev.kabinet.platform.test.EventContracts;
import dev.kabinet.platform.test.GoldenEvent;
import dev.kabinet.platform.test.KafkaProbe;
import java.time.Duration;
import java.util.ArrayList;
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
 * The demo back office answers a visit request over the run's real Kafka (AC-4, BO-5): accepted with a slot on the
 * first preferred day, then done, each a CloudEvent valid per backoffice.VisitRequestUpdated.v1. Topics of its own
 * (created and deleted here) and a consumer group of its own, so no dev stack takes these records.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DisplayName("AC-4 BO-5 the demo back office answers a visit request: accepted with a slot, then done")
class VisitAnswersIT {

    static final DemoTopics TOPICS = DemoTopics.fresh();
    static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        TOPICS.register(registry);
    }

    @BeforeAll
    static void createTopics() throws Exception {
        TOPICS.create();
    }

    @AfterAll
    static void deleteTopics() throws Exception {
        TOPICS.delete();
    }

    @Test
    void answersAVisitRequest() {
        var requestId = UUID.randomUUID().toString();
        try (var answers = KafkaProbe.listen(TOPICS.visitAnswers())) {
            KafkaProbe.publish(
                    TOPICS.visitRequests(),
                    "1000000011",
                    UUID.randomUUID(),
                    GoldenEvent.of("account.VisitRequested.v1")
                            .with("requestId", requestId)
                            .with("preferredFrom", "2030-01-10"));

            var seen = new ArrayList<ConsumerRecord<String, String>>();
            answers.collectUntil(
                            record -> requestId.equals(JSON.readTree(record.value())
                                    .get("requestId")
                                    .asString()),
                            record -> record.value().contains("\"DONE\""),
                            Duration.ofSeconds(60))
                    .forEach(seen::add);

            assertThat(seen).hasSize(2);
            for (var record : seen) {
                EventContracts.assertConforms("backoffice.VisitRequestUpdated.v1", record.value());
                assertThat(record.key()).isEqualTo("1000000011");
                assertThat(KafkaProbe.header(record, "ce_type")).isEqualTo("backoffice.VisitRequestUpdated.v1");
            }
            var accepted = JSON.readTree(seen.getFirst().value());
            assertThat(accepted.get("status").asString()).isEqualTo("ACCEPTED");
            // 10:00 Moscow time on the first preferred day
            assertThat(accepted.get("slotStart").asString()).isEqualTo("2030-01-10T07:00:00Z");
            assertThat(JSON.readTree(seen.get(1).value()).get("status").asString())
                    .isEqualTo("DONE");
        }
    }
}
