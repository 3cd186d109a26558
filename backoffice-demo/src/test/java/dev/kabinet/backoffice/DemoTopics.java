package dev.kabinet.backoffice;

import dev.kabinet.platform.test.TestServers;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Topics of a test's own for every topic the demo back office reads or writes, and a consumer group of its own: no
 * listener of the test takes a record of a dev stack (or of another test), and none of a dev stack takes the test's.
 * Each listener reads its own topic, so none steals another's partition in the shared group.
 */
public record DemoTopics(
        String accounts,
        String contacts,
        String visitRequests,
        String visitAnswers,
        String appeals,
        String appealUpdates,
        String readings,
        String readingDecisions,
        String kabinetAccounts,
        String readingHistory) {

    public static DemoTopics fresh() {
        var suffix = ".test-" + UUID.randomUUID();
        return new DemoTopics(
                "backoffice.accounts" + suffix,
                "account.contact-changes" + suffix,
                "account.visit-requests" + suffix,
                "backoffice.visit-requests" + suffix,
                "account.appeals" + suffix,
                "backoffice.appeals" + suffix,
                "metering.readings" + suffix,
                "backoffice.reading-decisions" + suffix,
                "account.accounts" + suffix,
                "backoffice.readings" + suffix);
    }

    public List<String> all() {
        return List.of(
                accounts,
                contacts,
                visitRequests,
                visitAnswers,
                appeals,
                appealUpdates,
                readings,
                readingDecisions,
                kabinetAccounts,
                readingHistory);
    }

    public void register(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> TestServers.get().kafkaBootstrap());
        registry.add("spring.kafka.consumer.group-id", () -> "backoffice-demo-test-" + UUID.randomUUID());
        registry.add("kabinet.backoffice-demo.topic", this::accounts);
        registry.add("kabinet.backoffice-demo.generated-accounts", () -> 0);
        registry.add("kabinet.backoffice-demo.contacts-topic", this::contacts);
        registry.add("kabinet.backoffice-demo.visits.requests-topic", this::visitRequests);
        registry.add("kabinet.backoffice-demo.visits.answers-topic", this::visitAnswers);
        registry.add("kabinet.backoffice-demo.visits.accept-after", () -> "1s");
        registry.add("kabinet.backoffice-demo.visits.done-after", () -> "1s");
        registry.add("kabinet.backoffice-demo.appeals.appeals-topic", this::appeals);
        registry.add("kabinet.backoffice-demo.appeals.updates-topic", this::appealUpdates);
        registry.add("kabinet.backoffice-demo.appeals.take-after", () -> "1s");
        registry.add("kabinet.backoffice-demo.appeals.answer-after", () -> "1s");
        registry.add("kabinet.backoffice-demo.readings.submissions-topic", this::readings);
        registry.add("kabinet.backoffice-demo.readings.decisions-topic", this::readingDecisions);
        registry.add("kabinet.backoffice-demo.readings.accounts-topic", this::kabinetAccounts);
        registry.add("kabinet.backoffice-demo.readings.history-topic", this::readingHistory);
        registry.add("kabinet.backoffice-demo.readings.decide-after", () -> "200ms");
    }

    public void create() throws Exception {
        try (var admin = admin()) {
            admin.createTopics(all().stream()
                            .map(t -> new NewTopic(t, 1, (short) 1))
                            .toList())
                    .all()
                    .get();
        }
    }

    public void delete() throws Exception {
        try (var admin = admin()) {
            admin.deleteTopics(all()).all().get();
        }
    }

    private static Admin admin() {
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.get().kafkaBootstrap()));
    }
}
