package dev.kabinet.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.kabinet.platform.test.GoldenEvent;
import dev.kabinet.platform.test.KafkaProbe;
import dev.kabinet.platform.test.TestServers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The platform's batch listener path (docs/adr/0031) on the run's real Kafka and PostgreSQL: a consumer declares a
 * {@link BatchEventHandler}, which gets a poll's worth of valid events in one transaction with their inbox rows. The
 * handler here writes each event it applies into a table of its own, in the order it applies them, so what committed
 * is what the table holds. The test's topic, dead-letter topic, consumer group and database schema are its own.
 */
@SpringBootTest(
        classes = BatchListenerIT.App.class,
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "spring.application.name=batch-it-service",
            "spring.flyway.schemas=" + BatchListenerIT.SCHEMA,
            "spring.flyway.default-schema=" + BatchListenerIT.SCHEMA,
            "spring.flyway.locations=classpath:db/none",
            "spring.kafka.consumer.auto-offset-reset=latest",
            "kabinet.messaging.await-assignment=60s",
            "kabinet.consumer-retry.initial-interval=100ms",
            // the broker answers a fetch once 64 KB are there or 500 ms passed: a burst is read in few polls
            "spring.kafka.consumer.fetch-min-size=65536",
            "spring.kafka.consumer.fetch-max-wait=500ms",
            // no web server here: the resource server's filter chain has nothing to attach to
            "spring.autoconfigure.exclude=dev.kabinet.platform.security.ResourceServerSecurityConfiguration"
        })
@DisplayName(
        "Platform batch listener: a poll per transaction, redeliveries skipped, poison dead-lettered alone (#7, BO-1)")
class BatchListenerIT {

    static final String SCHEMA = "platform_batch_it";
    static final String TYPE = "backoffice.AccountClosed.v1";
    static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    static final String TOPIC = "platform.batch-it-" + RUN;
    static final String DLT = TOPIC + ".DLT";
    static final String GROUP = "batch-it-" + RUN;
    static final Duration PATIENCE = Duration.ofSeconds(60);

    /** A revision the handler refuses as no record (malformed: dead-lettered at once). */
    static final long REFUSED = 666;

    /** A revision the handler fails on every time (retried, then dead-lettered). */
    static final long FAILING = 777;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        var servers = TestServers.get();
        createTopics(servers.kafkaBootstrap());
        registry.add(
                "spring.datasource.url",
                () -> "jdbc:postgresql://" + servers.dbHost() + ":" + servers.dbPort()
                        + "/kabinet_account_test?currentSchema=" + SCHEMA);
        registry.add("spring.datasource.username", () -> "kabinet_account");
        registry.add("spring.datasource.password", () -> "kabinet_account");
        registry.add("spring.kafka.bootstrap-servers", servers::kafkaBootstrap);
        registry.add("spring.kafka.consumer.group-id", () -> GROUP);
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", servers::issuerUri);
        registry.add("kabinet.test.topic", () -> TOPIC);
        registry.add("kabinet.messaging.concurrency[" + TOPIC + "]", () -> "2");
    }

    /** The topic and its dead-letter topic, two partitions each (the recoverer keeps a record's partition). */
    static void createTopics(String bootstrap) {
        try (var admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 2, (short) 1), new NewTopic(DLT, 2, (short) 1)))
                    .all()
                    .get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("Could not create " + TOPIC, e);
        }
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Effects effects;

    static String account() {
        return "55" + String.format("%011d", Math.abs(UUID.randomUUID().getLeastSignificantBits() % 100_000_000_000L));
    }

    record Sent(UUID id, String key, long revision) {}

    static Sent event(String key, long revision) {
        return new Sent(UUID.randomUUID(), key, revision);
    }

    /** Sends every record with one producer, as a back office's burst, and waits for the broker's acks. */
    static void send(List<Sent> events, Map<UUID, String> rawData) {
        var props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.get().kafkaBootstrap());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 50);
        try (var producer = new KafkaProducer<String, String>(props)) {
            for (var event : events) {
                String data = rawData.getOrDefault(
                        event.id(),
                        GoldenEvent.of(TYPE)
                                .with("accountNumber", event.key())
                                .with("revision", event.revision())
                                .json());
                var record = new ProducerRecord<>(TOPIC, event.key(), data);
                Map.of(
                                "ce_specversion",
                                "1.0",
                                "ce_id",
                                event.id().toString(),
                                "ce_source",
                                "/kabinet/test",
                                "ce_type",
                                TYPE,
                                "ce_time",
                                Instant.now().toString(),
                                "ce_subject",
                                event.key())
                        .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
                producer.send(record);
            }
            producer.flush();
        }
    }

    List<Long> appliedRevisions(String key) {
        return jdbc.queryForList(
                "select revision from batch_it_effect where account = ? order by position", Long.class, key);
    }

    long timesApplied(UUID eventId) {
        return jdbc.queryForObject("select count(*) from batch_it_effect where event_id = ?", Long.class, eventId);
    }

    @Test
    @DisplayName("BO-1 a burst is applied in batches of many events, each account's events in the order sent")
    void aBurstIsAppliedInBatchesInOrderPerAccount() {
        var keys = List.of(account(), account(), account(), account(), account());
        var events = new ArrayList<Sent>();
        for (long revision = 1; revision <= 60; revision++) {
            for (String key : keys) {
                events.add(event(key, revision));
            }
        }
        int batchesBefore = effects.batches.get();

        send(events, Map.of());

        await().atMost(PATIENCE)
                .untilAsserted(() ->
                        keys.forEach(key -> assertThat(appliedRevisions(key)).hasSize(60)));
        for (String key : keys) {
            assertThat(appliedRevisions(key)).isSorted().doesNotHaveDuplicates();
        }
        // 300 events in fewer transactions than events: the handler was called with many at once
        assertThat(effects.batches.get() - batchesBefore).isLessThan(300);
        assertThat(jdbc.queryForObject(
                        "select max(size) from (select count(*) size from batch_it_effect where account in (?, ?, ?, ?, ?)"
                                + " group by batch) b",
                        Integer.class,
                        keys.toArray()))
                .isGreaterThan(1);
    }

    @Test
    @DisplayName("BO-1 a redelivered event is skipped by the inbox, the new events of the same poll are applied")
    void aRedeliveredEventIsSkipped() {
        var key = account();
        var first = event(key, 1);
        send(List.of(first), Map.of());
        await().atMost(PATIENCE).until(() -> timesApplied(first.id()) == 1);

        var again = new Sent(first.id(), key, 2);
        var next = event(key, 3);
        send(List.of(again, event(key, 2), next), Map.of());

        await().atMost(PATIENCE).until(() -> timesApplied(next.id()) == 1);
        assertThat(timesApplied(first.id())).isEqualTo(1);
        assertThat(appliedRevisions(key)).containsExactly(1L, 2L, 3L);
    }

    @Test
    @DisplayName(
            "BO-1 poison in the middle of a batch goes to the DLT alone with its reason; the rest is applied in order")
    void poisonInTheMiddleOfABatchIsDeadLetteredAlone() {
        var key = account();
        var events = new ArrayList<Sent>();
        for (long revision = 1; revision <= 5; revision++) {
            events.add(event(key, revision));
        }
        var notJson = event(key, 6);
        var breaksContract = event(key, 7);
        var refused = event(key, REFUSED);
        var failing = event(key, FAILING);
        events.add(notJson);
        events.add(event(key, 8));
        events.add(breaksContract);
        events.add(event(key, 9));
        events.add(refused);
        events.add(event(key, 10));
        events.add(failing);
        for (long revision = 11; revision <= 15; revision++) {
            events.add(event(key, revision));
        }
        var raw = Map.of(
                notJson.id(),
                "{not json",
                breaksContract.id(),
                GoldenEvent.of(TYPE)
                        .with("accountNumber", key)
                        .without("closedOn")
                        .json());

        try (var deadLetters = KafkaProbe.listen(DLT)) {
            send(events, raw);

            await().atMost(PATIENCE).until(() -> appliedRevisions(key).contains(15L));
            assertThat(appliedRevisions(key)).containsExactly(1L, 2L, 3L, 4L, 5L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L);

            assertThat(KafkaProbe.header(
                            deadLetters.awaitDeadLetter(notJson.id(), GROUP, PATIENCE), "kabinet_dlt_reason"))
                    .startsWith("not-json");
            assertThat(KafkaProbe.header(
                            deadLetters.awaitDeadLetter(breaksContract.id(), GROUP, PATIENCE), "kabinet_dlt_reason"))
                    .startsWith("contract-violation")
                    .contains("closedOn");
            var refusedLetter = deadLetters.awaitDeadLetter(refused.id(), GROUP, PATIENCE);
            assertThat(KafkaProbe.header(refusedLetter, "kabinet_dlt_reason")).isEqualTo("invalid-record: refused");
            assertThat(KafkaProbe.header(refusedLetter, "kabinet_dlt_attempts")).isEqualTo("1");
            var failingLetter = deadLetters.awaitDeadLetter(failing.id(), GROUP, PATIENCE);
            assertThat(KafkaProbe.header(failingLetter, "kabinet_dlt_reason"))
                    .isEqualTo("failed: java.lang.IllegalStateException");
            // the first delivery and kabinet.consumer-retry.max-attempts (3) retries, each on its own after the batch
            assertThat(KafkaProbe.header(failingLetter, "kabinet_dlt_attempts")).isEqualTo("4");
        }
        assertThat(timesApplied(refused.id()) + timesApplied(failing.id())).isZero();
    }

    /** The consumer's own record of the event. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Closed(String accountNumber, long revision) {}

    /** A batch consumer: writes what it applies, in order; refuses or fails on the marked revisions. */
    @Component
    static class Effects implements BatchEventHandler<Closed> {

        final AtomicInteger batches = new AtomicInteger();
        private final JdbcTemplate jdbc;
        private final String topic;

        Effects(JdbcTemplate jdbc, org.springframework.core.env.Environment environment) {
            this.jdbc = jdbc;
            this.topic = environment.getRequiredProperty("kabinet.test.topic");
            jdbc.execute("create table if not exists batch_it_effect (position bigint generated always as identity,"
                    + " event_id uuid not null, account varchar(13) not null, revision bigint not null,"
                    + " batch integer not null)");
        }

        @Override
        public Subscription<Closed> subscription() {
            return new Subscription<>(topic, TYPE, Closed.class, "platform.batch-it");
        }

        @Override
        public void handleAll(List<Delivery<Closed>> events) {
            int batch = batches.incrementAndGet();
            var rows = new ArrayList<Object[]>();
            for (var delivery : events) {
                var event = delivery.event();
                if (event.revision() == REFUSED) {
                    throw new IncomingEvent.MalformedEvent("invalid-record: refused");
                }
                if (event.revision() == FAILING) {
                    throw new IllegalStateException("fails every time");
                }
                rows.add(new Object[] {delivery.eventId(), event.accountNumber(), event.revision(), batch});
            }
            jdbc.batchUpdate(
                    "insert into batch_it_effect (event_id, account, revision, batch) values (?, ?, ?, ?)", rows);
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(Effects.class)
    static class App {}
}
