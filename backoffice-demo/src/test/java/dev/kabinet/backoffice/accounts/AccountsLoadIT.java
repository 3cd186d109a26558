package dev.kabinet.backoffice.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.backoffice.accounts.messaging.AccountRecordsPublisher;
import dev.kabinet.demodata.AccountGenerator;
import dev.kabinet.demodata.AccountJson;
import dev.kabinet.demodata.AccountUpsertedV1;
import dev.kabinet.demodata.KnownResidents;
import dev.kabinet.platform.test.EventContracts;
import dev.kabinet.platform.test.KafkaProbe;
import dev.kabinet.platform.test.TestServers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The demo back office against the run's real Kafka: on start it sends the demo residents with the values the demo has
 * always had and the generated accounts, as account-service's listener expects them (key, CloudEvents headers, a
 * payload valid per the contract); sending again sends the very same events. On a topic of its own (created and
 * deleted here), so no account-service of a dev stack or another test takes these records.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DisplayName("BO-1 the demo back office loads its accounts through Kafka")
class AccountsLoadIT {

    static final String TOPIC = "backoffice.accounts.test-" + UUID.randomUUID();
    static final int GENERATED = 20;
    static final long SEED = 7;

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> TestServers.get().kafkaBootstrap());
        registry.add("kabinet.backoffice-demo.topic", () -> TOPIC);
        registry.add("kabinet.backoffice-demo.generated-accounts", () -> GENERATED);
        registry.add("kabinet.backoffice-demo.seed", () -> SEED);
        // this test is about the load: the listeners of Kabinet's outgoing topics stay off
        registry.add("kabinet.backoffice-demo.answers", () -> false);
    }

    @BeforeAll
    static void createTopic() throws Exception {
        try (var admin = admin()) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 6, (short) 1))).all().get();
        }
    }

    @AfterAll
    static void deleteTopic() throws Exception {
        try (var admin = admin()) {
            admin.deleteTopics(List.of(TOPIC)).all().get();
        }
    }

    static Admin admin() {
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.get().kafkaBootstrap()));
    }

    @Autowired
    AccountRecordsPublisher publisher;

    @Autowired
    AccountRecords records;

    @LocalServerPort
    int port;

    @Test
    @DisplayName("BO-1 on start: the demo residents as the seed had them, then the generated accounts, each a valid"
            + " CloudEvent keyed by its account number; sending again sends the same events")
    void sendsTheDemoResidentsAndTheGeneratedAccounts() {
        var expected = Stream.concat(KnownResidents.accounts().stream(), new AccountGenerator(SEED).accounts(GENERATED))
                .toList();

        var received = readAll(expected.size());

        assertThat(received).hasSize(expected.size());
        assertThat(received)
                .extracting(ConsumerRecord::key)
                .containsExactlyInAnyOrderElementsOf(
                        expected.stream().map(AccountUpsertedV1::accountNumber).toList());
        for (var account : expected) {
            var record = received.stream()
                    .filter(r -> r.key().equals(account.accountNumber()))
                    .findFirst()
                    .orElseThrow();
            assertThat(record.value()).isEqualTo(AccountJson.write(account));
            EventContracts.assertConforms(AccountUpsertedV1.TYPE, record.value());
            assertThat(KafkaProbe.header(record, "ce_specversion")).isEqualTo("1.0");
            assertThat(KafkaProbe.header(record, "ce_type")).isEqualTo("backoffice.AccountUpserted.v1");
            assertThat(KafkaProbe.header(record, "ce_id"))
                    .isEqualTo(AccountRecordsPublisher.eventId(account).toString());
            assertThat(KafkaProbe.header(record, "ce_source")).isEqualTo("/backoffice/demo");
            assertThat(KafkaProbe.header(record, "ce_subject")).isEqualTo(account.accountNumber());
            assertThat(Instant.parse(KafkaProbe.header(record, "ce_time"))).isEqualTo(account.changedAt());
            assertThat(KafkaProbe.header(record, "content-type")).isEqualTo("application/json");
        }
        var ivanova = received.stream()
                .filter(r -> r.key().equals("1000000011"))
                .findFirst()
                .orElseThrow();
        assertThat(ivanova.value())
                .contains("\"ownerName\":\"Иванова Анна Сергеевна\"")
                .contains("\"address\":\"г. Москва, ул. Лесная, д. 5, кв. 12\"")
                .contains("\"flatArea\":\"54.30\",\"houseArea\":\"3120.50\",\"rooms\":2,\"residents\":3")
                .contains("\"id\":101,\"serialNumber\":\"ЭМ-101-2019\"");

        // a restart sends the very same events: account-service's inbox (same id) and revision check drop them
        assertThat(publisher.publish(records.all().iterator())).isEqualTo(expected.size());
        var again = readAll(expected.size() * 2);
        assertThat(again).hasSize(expected.size() * 2);
        var twice = again.stream()
                .collect(Collectors.groupingBy(
                        r -> r.key() + " " + KafkaProbe.header(r, "ce_id") + " " + r.value(), Collectors.counting()));
        assertThat(twice)
                .hasSize(expected.size())
                .allSatisfy((event, times) -> assertThat(times).as(event).isEqualTo(2));
    }

    @Test
    @DisplayName("ready once every record is acknowledged: the launcher's health check")
    void isReadyAfterTheLoad() throws Exception {
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
    }

    /** Every record of the topic from its start, until {@code count} arrived (records of one key stay in order). */
    static List<ConsumerRecord<String, String>> readAll(int count) {
        var props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.get().kafkaBootstrap());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "backoffice-demo-test-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        var found = new ArrayList<ConsumerRecord<String, String>>();
        try (var consumer = new KafkaConsumer<String, String>(props)) {
            consumer.subscribe(List.of(TOPIC));
            var until = Instant.now().plus(Duration.ofSeconds(60));
            while (found.size() < count && Instant.now().isBefore(until)) {
                consumer.poll(Duration.ofMillis(200)).forEach(found::add);
            }
        }
        return found;
    }
}
