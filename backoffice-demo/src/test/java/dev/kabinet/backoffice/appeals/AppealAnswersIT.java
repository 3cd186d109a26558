package dev.kabinet.backoffice.appeals;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.backoffice.DemoTopics;
import dev.kabinet.platform.test.EventContracts;
import dev.kabinet.platform.test.GoldenEvent;
import dev.kabinet.platform.test.KafkaProbe;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo back office answers an appeal over the run's real Kafka (AC-5, BO-5): in progress, then answered by the
 * addressee, each valid per backoffice.AppealUpdated.v1. Topics and a consumer group of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DisplayName("AC-5 BO-5 the demo back office answers an appeal: in progress, then answered")
class AppealAnswersIT {

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
    void answersAnAppeal() {
        var appealId = UUID.randomUUID().toString();
        try (var updates = KafkaProbe.listen(TOPICS.appealUpdates())) {
            KafkaProbe.publish(
                    TOPICS.appeals(),
                    "1000000011",
                    UUID.randomUUID(),
                    GoldenEvent.of("account.AppealSent.v1").with("appealId", appealId));

            var seen = updates.collectUntil(
                    record -> appealId.equals(
                            JSON.readTree(record.value()).get("appealId").asString()),
                    record -> record.value().contains("\"ANSWERED\""),
                    Duration.ofSeconds(60));

            assertThat(seen).hasSize(2);
            seen.forEach(record -> EventContracts.assertConforms("backoffice.AppealUpdated.v1", record.value()));
            assertThat(JSON.readTree(seen.getFirst().value()).get("status").asString())
                    .isEqualTo("IN_PROGRESS");
            assertThat(JSON.readTree(seen.get(1).value()).get("answer").asString())
                    .startsWith("Техническая поддержка");
        }
    }
}
