package dev.kabinet.backoffice.applications;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.backoffice.DemoTopics;
import dev.kabinet.platform.test.EventContracts;
import dev.kabinet.platform.test.GoldenEvent;
import dev.kabinet.platform.test.KafkaProbe;
import dev.kabinet.platform.test.TestServers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo back office decides access applications over the run's real Kafka (BO-4, ID-4): the owner with the
 * account's meter is approved with the same owner's extra account, anyone else rejected with manual 000's reason; each
 * decision a CloudEvent valid per backoffice.AccessApplicationDecided.v1. Topics and a consumer group of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DisplayName("BO-4 the demo back office approves the owner and rejects who is not, over Kafka")
class ApplicationDecisionsIT {

    static final DemoTopics TOPICS = DemoTopics.fresh();
    static final String SUFFIX = ".test-" + UUID.randomUUID();
    static final String SUBMISSIONS = "identity.access-applications" + SUFFIX;
    static final String DECISIONS = "backoffice.access-application-decisions" + SUFFIX;
    static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        TOPICS.register(registry);
        registry.add("kabinet.backoffice-demo.applications.submissions-topic", () -> SUBMISSIONS);
        registry.add("kabinet.backoffice-demo.applications.decisions-topic", () -> DECISIONS);
        registry.add("kabinet.backoffice-demo.applications.decide-after", () -> "200ms");
    }

    @BeforeAll
    static void createTopics() throws Exception {
        TOPICS.create();
        try (var admin = admin()) {
            admin.createTopics(List.of(new NewTopic(SUBMISSIONS, 1, (short) 1), new NewTopic(DECISIONS, 1, (short) 1)))
                    .all()
                    .get();
        }
    }

    @AfterAll
    static void deleteTopics() throws Exception {
        TOPICS.delete();
        try (var admin = admin()) {
            admin.deleteTopics(List.of(SUBMISSIONS, DECISIONS)).all().get();
        }
    }

    private static Admin admin() {
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.get().kafkaBootstrap()));
    }

    @Test
    void decidesApplications() {
        var owner = UUID.randomUUID().toString();
        var stranger = UUID.randomUUID().toString();
        try (var decisions = KafkaProbe.listen(DECISIONS)) {
            KafkaProbe.publish(
                    SUBMISSIONS,
                    "1000000011",
                    UUID.randomUUID(),
                    GoldenEvent.of("identity.AccessApplicationSubmitted.v1").with("applicationId", owner));
            KafkaProbe.publish(
                    SUBMISSIONS,
                    "1000000011",
                    UUID.randomUUID(),
                    GoldenEvent.of("identity.AccessApplicationSubmitted.v1")
                            .with("applicationId", stranger)
                            .with("surname", "Петров"));

            var approved = decisions.await(r -> r.value().contains(owner), Duration.ofSeconds(60));
            var rejected = decisions.await(r -> r.value().contains(stranger), Duration.ofSeconds(60));
            for (var record : List.of(approved, rejected)) {
                EventContracts.assertConforms("backoffice.AccessApplicationDecided.v1", record.value());
                assertThat(record.key()).isEqualTo("1000000011");
                assertThat(KafkaProbe.header(record, "ce_type")).isEqualTo("backoffice.AccessApplicationDecided.v1");
            }
            var yes = JSON.readTree(approved.value());
            assertThat(yes.get("decision").asString()).isEqualTo("APPROVED");
            assertThat(yes.get("accountNumbers").toString()).isEqualTo("[\"1000000011\",\"1000000012\"]");
            var no = JSON.readTree(rejected.value());
            assertThat(no.get("decision").asString()).isEqualTo("REJECTED");
            assertThat(no.get("reason").asString()).isEqualTo(ApplicationReview.NOT_THE_OWNER);
        }
    }
}
