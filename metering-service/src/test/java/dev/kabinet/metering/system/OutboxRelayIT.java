package dev.kabinet.metering.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kabinet.platform.messaging.OutboxProperties;
import dev.kabinet.platform.messaging.OutboxRelay;
import dev.kabinet.platform.test.KafkaProbe;
import dev.kabinet.platform.test.TestServers;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.netcrusher.core.reactor.NioReactor;
import org.netcrusher.tcp.TcpCrusher;
import org.netcrusher.tcp.TcpCrusherBuilder;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.mock.MockProducerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The platform's outbox relay on the real PostgreSQL (docs/adr/0002): it marks a row published only once the broker
 * acknowledged it and never swallows a failed send (there a {@link MockProducer} decides when and whether the
 * "broker" acknowledges, which a real broker cannot be made to do on cue); on the real Kafka it loses nothing while
 * the broker is away (a netcrusher TCP proxy closed in front of it) and publishes each row once when it is back, and
 * keeps one account's events in order on one partition. The relay works on an outbox table in a schema of its own
 * (no other relay can take its rows) and on a test topic nobody consumes.
 */
@DisplayName("MT-2 the outbox relay publishes what was committed, once, in order, only when Kafka acknowledged it (#5)")
class OutboxRelayIT {

    static final String TOPIC = "test.outbox-relay";
    static final Duration PATIENCE = Duration.ofSeconds(60);

    static DriverManagerDataSource dataSource;
    final String schema = "outbox_relay_it_" + UUID.randomUUID().toString().substring(0, 8);
    JdbcTemplate jdbc;
    TransactionTemplate transactions;
    final List<AutoCloseable> closing = new ArrayList<>();

    @BeforeAll
    static void topic() throws Exception {
        var servers = TestServers.get();
        try (var admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers.kafkaBootstrap()))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
        dataSource = new DriverManagerDataSource(
                "jdbc:postgresql://" + servers.dbHost() + ":" + servers.dbPort() + "/kabinet_metering_test",
                "kabinet_metering",
                "kabinet_metering");
    }

    @BeforeEach
    void outboxTable() throws IOException {
        jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("create schema " + schema);
        // the platform's own migration of the outbox table, wherever its history lives
        var migration =
                new PathMatchingResourcePatternResolver().getResources("classpath*:db/**/V*__create_outbox_event.sql");
        assertThat(migration).as("the platform's outbox migration").hasSize(1);
        var ddl = migration[0].getContentAsString(StandardCharsets.UTF_8);
        var scoped = new DriverManagerDataSource(
                dataSource.getUrl() + "?currentSchema=" + schema, "kabinet_metering", "kabinet_metering");
        jdbc = new JdbcTemplate(scoped);
        jdbc.execute(ddl);
        // and its trace context columns (docs/adr/0030), which the relay reads
        var traceContext = new PathMatchingResourcePatternResolver()
                .getResources("classpath*:db/**/V*__add_outbox_trace_context.sql");
        assertThat(traceContext)
                .as("the platform's outbox trace context migration")
                .hasSize(1);
        jdbc.execute(traceContext[0].getContentAsString(StandardCharsets.UTF_8));
        transactions = new TransactionTemplate(new DataSourceTransactionManager(scoped));
    }

    @AfterEach
    void cleanUp() throws Exception {
        for (var resource : closing.reversed()) {
            resource.close();
        }
        new JdbcTemplate(dataSource).execute("drop schema " + schema + " cascade");
    }

    @Test
    void marksNothingPublishedThatTheBrokerDidNotAcknowledge() throws Exception {
        var producer = new MockProducer<>(false, null, new StringSerializer(), new StringSerializer());
        var relay = relay(new MockProducerFactory<>(() -> producer));
        var first = outboxRow("1000000011");
        var second = outboxRow("1000000011");
        var third = outboxRow("1000000012");

        CompletableFuture<Integer> relaying = CompletableFuture.supplyAsync(relay::relayBatch);
        awaitHanded(producer, 3);
        assertThat(producer.completeNext()).isTrue(); // first acknowledged
        assertThat(producer.errorNext(new org.apache.kafka.common.errors.TimeoutException("broker gone")))
                .isTrue(); // second refused
        assertThat(producer.completeNext()).isTrue(); // third acknowledged, but after a refusal

        assertThatThrownBy(() -> relaying.get(30, TimeUnit.SECONDS))
                .as("a refused send is reported, never swallowed")
                .hasRootCauseInstanceOf(org.apache.kafka.common.errors.TimeoutException.class);
        assertThat(published(first)).isTrue();
        assertThat(published(second)).isFalse();
        assertThat(published(third))
                .as("left for the next round: it follows an unpublished row")
                .isFalse();
    }

    @Test
    void waitsForTheAcknowledgementBeforeMarkingARowPublished() throws Exception {
        var producer = new MockProducer<>(false, null, new StringSerializer(), new StringSerializer());
        var relay = relay(new MockProducerFactory<>(() -> producer));
        var row = outboxRow("1000000011");

        CompletableFuture<Integer> relaying = CompletableFuture.supplyAsync(relay::relayBatch);
        awaitHanded(producer, 1);
        // handed to the producer but not acknowledged: a relay that did not wait would mark it now and commit
        assertThat(producer.errorNext(new org.apache.kafka.common.errors.NotLeaderOrFollowerException("moved")))
                .isTrue();

        assertThatThrownBy(() -> relaying.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
        assertThat(published(row)).isFalse();

        // the next round (a fresh producer: Spring drops one whose send failed) sends it again and, acknowledged this
        // time, marks it
        var nextProducer = new MockProducer<>(false, null, new StringSerializer(), new StringSerializer());
        var nextRound = relay(new MockProducerFactory<>(() -> nextProducer));
        CompletableFuture<Integer> again = CompletableFuture.supplyAsync(nextRound::relayBatch);
        awaitHanded(nextProducer, 1);
        assertThat(published(row)).isFalse();
        nextProducer.completeNext();
        assertThat(again.get(30, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(published(row)).isTrue();
    }

    @Test
    void losesNothingWhileTheBrokerIsAwayAndPublishesOnceWhenItIsBack() throws Exception {
        var reactor = new NioReactor();
        closing.add(reactor);
        var kafka = TestServers.get().kafkaBootstrap().split(":");
        int proxyPort = freePort();
        TcpCrusher proxy = TcpCrusherBuilder.builder()
                .withReactor(reactor)
                .withBindAddress("127.0.0.1", proxyPort)
                .withConnectAddress(kafka[0], Integer.parseInt(kafka[1]))
                .buildAndOpen();
        closing.add(proxy::close);
        proxy.close(); // the broker is away: nothing answers at the producer's address

        var factory = new DefaultKafkaProducerFactory<String, String>(producerConfig("127.0.0.1:" + proxyPort));
        closing.add(factory::destroy);
        var relay = relay(factory);
        var rows = List.of(outboxRow("1000000011"), outboxRow("1000000011"), outboxRow("1000000012"));

        for (int attempt = 0; attempt < 2; attempt++) {
            assertThatThrownBy(relay::relayBatch).as("a send that cannot reach the broker fails the round");
        }
        for (var row : rows) {
            assertThat(published(row)).as("kept while the broker is away").isFalse();
        }

        try (var topic = KafkaProbe.listen(TOPIC)) {
            proxy.open(); // the broker is back
            relayUntilPublished(relay, rows.getLast());
            // one marker per key, relayed after the rows: on each partition, a duplicate would come before its marker
            var markers = new HashSet<>(List.of(
                    outboxRow("1000000011").toString(), outboxRow("1000000012").toString()));
            relayUntilPublished(relay, UUID.fromString(markers.iterator().next()));
            while (relay.relayBatch() > 0) {
                // the other marker, if it was not in the same batch
            }

            var ids = rows.stream().map(UUID::toString).toList();
            var seen = topic.collectUntil(
                    record -> ids.contains(KafkaProbe.header(record, "ce_id")),
                    record -> markers.remove(KafkaProbe.header(record, "ce_id")) && markers.isEmpty(),
                    PATIENCE);
            assertThat(seen.stream().map(record -> KafkaProbe.header(record, "ce_id")))
                    .as("each row once")
                    .containsExactlyInAnyOrderElementsOf(ids);
        }
        for (var row : rows) {
            assertThat(published(row)).isTrue();
        }
    }

    @Test
    void keepsOneAccountsEventsInOrderOnOnePartition() throws Exception {
        var factory = new DefaultKafkaProducerFactory<String, String>(
                producerConfig(TestServers.get().kafkaBootstrap()));
        closing.add(factory::destroy);
        var relay = relay(factory);
        var account = "10000" + (System.nanoTime() % 100_000 + 100_000);
        var written = new ArrayList<String>();
        for (int i = 0; i < 120; i++) {
            written.add(outboxRow(account).toString());
            outboxRow("2000000021");
        }

        try (var topic = KafkaProbe.listen(TOPIC)) {
            while (relay.relayBatch() > 0) {
                // drain: several batches, each sent asynchronously
            }
            var last = written.getLast();
            var seen = topic.collectUntil(
                    record -> account.equals(record.key()),
                    record -> last.equals(KafkaProbe.header(record, "ce_id")),
                    PATIENCE);
            assertThat(seen.stream().map(record -> KafkaProbe.header(record, "ce_id")))
                    .containsExactlyElementsOf(written);
            assertThat(seen.stream().map(record -> record.partition()).distinct())
                    .hasSize(1);
        }
    }

    /** Relay rounds, as the scheduler runs them (a failed round is retried), until {@code last} is published. */
    void relayUntilPublished(OutboxRelay relay, UUID last) throws InterruptedException {
        var deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!published(last) && System.nanoTime() < deadline) {
            try {
                relay.relayBatch();
            } catch (IllegalStateException notYet) {
                Thread.sleep(200);
            }
        }
        assertThat(published(last)).as("published once the broker is back").isTrue();
    }

    OutboxRelay relay(ProducerFactory<String, String> producers) {
        var properties = new OutboxProperties(Duration.ofMillis(100), 50, Duration.ofSeconds(15), Duration.ofDays(1));
        return new OutboxRelay(
                jdbc,
                transactions,
                new KafkaTemplate<>(producers),
                properties,
                "/kabinet/outbox-relay-it",
                new SimpleMeterRegistry());
    }

    static Map<String, Object> producerConfig(String bootstrap) {
        var config = new HashMap<String, Object>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 2_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
        return config;
    }

    UUID outboxRow(String account) {
        var id = UUID.randomUUID();
        jdbc.update(
                "insert into outbox_event (id, topic, message_key, event_type, payload, occurred_at)"
                        + " values (?, ?, ?, 'test.Relayed.v1', cast(? as jsonb), now())",
                id,
                TOPIC,
                account,
                "{\"n\": \"" + id + "\"}");
        return id;
    }

    boolean published(UUID id) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select published_at is not null from outbox_event where id = ?", Boolean.class, id));
    }

    static void awaitHanded(MockProducer<?, ?> producer, int records) throws InterruptedException {
        var deadline = System.nanoTime() + PATIENCE.toNanos();
        while (producer.history().size() < records && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(producer.history()).hasSize(records);
    }

    static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
