package dev.kabinet.metering.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.metering.readings.ReadingSubmittedV1;
import dev.kabinet.platform.messaging.CloudEventHeaders;
import dev.kabinet.platform.test.EventContracts;
import dev.kabinet.platform.test.KafkaProbe;
import dev.kabinet.platform.test.ServiceApi;
import dev.kabinet.platform.test.TestServers;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox's promise (docs/adr, "outbox"), proven on the built jar: an event committed to the outbox survives a
 * {@code kill -9} of the producer before the relay sent it, and the restarted producer publishes it.
 *
 * <p>The first process cannot publish at all: its Kafka address is a closed port (and its relay polls hourly). The
 * test submits a reading through HTTP with a real token, sees the outbox row committed and unpublished, kills the
 * process with SIGKILL, starts a second one with the real Kafka, and waits for exactly that event on
 * {@code metering.readings}. Both processes use their own schema of the test database, so no other relay (such as the
 * one of ReadingsIT's application context in this JVM) can publish the row in their stead.
 */
@DisplayName("MT-2 an event committed to the outbox survives kill -9 of the producer, idle or mid-relay (#5)")
class OutboxCrashIT {

    static final Path JAR = Path.of("target", "metering-service.jar");
    static final Path LOGS = Path.of("target", "outbox-crash-it");
    static final String SCHEMA = "outbox_crash_it";
    static final String ACCOUNT = "1000000011";
    static final long METER = 9_000_201;

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopWhatWasStarted() throws InterruptedException {
        for (var process : started) {
            if (process.isAlive()) {
                process.destroy();
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
        }
    }

    @Test
    void eventCommittedBeforeAKillIsPublishedAfterTheRestart() throws Exception {
        assertThat(JAR).as("the packaged jar (failsafe runs after package)").exists();
        Files.createDirectories(LOGS);
        var servers = TestServers.get();

        // 1. A producer that cannot reach Kafka: whatever it commits to the outbox stays there.
        int firstPort = freePort();
        var first = start("first", firstPort, "127.0.0.1:" + freePort(), false);
        awaitReady(first, firstPort);
        try (var db = connect(servers)) {
            prepareMeter(db);
        }

        // as(..) fetches the token now that the process is up: a slow start must not outlive it
        var response = ServiceApi.on(firstPort)
                .as("ivanova")
                .post(
                        "/api/v1/accounts/" + ACCOUNT + "/meters/" + METER + "/readings",
                        "{\"values\": {\"T1\": \"12346.0\"}}");
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        var readingId = UUID.fromString(response.json().get("id").asString());

        UUID eventId;
        try (var db = connect(servers)) {
            eventId = outboxEventOf(db, readingId);
            assertThat(published(db, eventId)).as("relayed before the kill").isFalse();
        }

        // 2. kill -9: no shutdown hook, no graceful stop, no last relay.
        first.destroyForcibly();
        assertThat(first.waitFor(15, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
        try (var db = connect(servers)) {
            assertThat(published(db, eventId)).isFalse();
        }

        // 3. The restarted producer, now with Kafka, publishes the committed event.
        try (var probe = KafkaProbe.listen(KafkaTopics.READINGS)) {
            int secondPort = freePort();
            var second = start("second", secondPort, servers.kafkaBootstrap(), true);
            var record = probe.await(
                    r -> eventId.toString().equals(KafkaProbe.header(r, CloudEventHeaders.ID)),
                    Duration.ofSeconds(180));

            assertThat(record.key()).isEqualTo(ACCOUNT);
            assertThat(KafkaProbe.header(record, CloudEventHeaders.TYPE)).isEqualTo(ReadingSubmittedV1.TYPE);
            assertThat(JsonMapper.shared()
                            .readTree(record.value())
                            .get("readingId")
                            .asString())
                    .isEqualTo(readingId.toString());
            EventContracts.assertConforms(ReadingSubmittedV1.TYPE, record.value());
            try (var db = connect(servers)) {
                assertThat(ServiceApi.eventually(
                                "event " + eventId + " marked published", () -> published(db, eventId), done -> done))
                        .as("marked published by the second process")
                        .isTrue();
            }
            assertThat(second.isAlive()).isTrue();
        }
    }

    /**
     * A crash in the middle of relaying: the producer is killed while its relay is sending a backlog (some rows
     * published, others in flight or waiting), and the restarted producer publishes everything. Delivery is
     * at-least-once: a row sent but not yet marked before the kill is sent again, and consumers deduplicate.
     */
    @Test
    void eventsBeingRelayedWhenTheProducerIsKilledAreAllPublishedAfterTheRestart() throws Exception {
        assertThat(JAR).as("the packaged jar (failsafe runs after package)").exists();
        Files.createDirectories(LOGS);
        var servers = TestServers.get();
        createTestTopic(servers);

        try (var probe = KafkaProbe.listen(TEST_TOPIC)) {
            int firstPort = freePort();
            var first = start(
                    "mid-relay-first", firstPort, servers.kafkaBootstrap(), true, "--kabinet.outbox.batch-size=10");
            awaitReady(first, firstPort);
            List<UUID> backlog;
            try (var db = connect(servers)) {
                backlog = writeBacklog(db, 3_000);
                // kill -9 as soon as the relay is under way (it sends the 300 batches back to back)
                ServiceApi.eventually("the relay under way", () -> countPublished(db, backlog), sent -> sent > 0);
                first.destroyForcibly();
                assertThat(first.waitFor(15, TimeUnit.SECONDS)).isTrue();
                assertThat(first.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
                long published = countPublished(db, backlog);
                assertThat(published)
                        .as("killed mid-relay: some rows published, others not")
                        .isBetween(1L, backlog.size() - 1L);
            }

            int secondPort = freePort();
            start("mid-relay-second", secondPort, servers.kafkaBootstrap(), true);
            var wanted = new HashSet<String>();
            backlog.forEach(id -> wanted.add(id.toString()));
            var missing = new HashSet<>(wanted);
            probe.collectUntil(
                    record -> missing.remove(KafkaProbe.header(record, CloudEventHeaders.ID)),
                    record -> missing.isEmpty(),
                    Duration.ofSeconds(180));
            assertThat(missing).as("every committed row reached Kafka").isEmpty();
            try (var db = connect(servers)) {
                assertThat(ServiceApi.eventually(
                                "every row of the backlog marked published",
                                () -> countPublished(db, backlog),
                                marked -> marked == backlog.size()))
                        .isEqualTo(backlog.size());
            }
        }
    }

    static final String TEST_TOPIC = "test.outbox-relay";

    private static void createTestTopic(TestServers servers) throws Exception {
        try (var admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers.kafkaBootstrap()))) {
            admin.createTopics(List.of(new NewTopic(TEST_TOPIC, 3, (short) 1)))
                    .all()
                    .get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    /** {@code rows} outbox rows on the test topic, committed at once; older rows of the schema are set aside. */
    private static List<UUID> writeBacklog(Connection db, int rows) throws SQLException {
        var ids = new ArrayList<UUID>();
        db.setAutoCommit(false);
        try (var statement = db.createStatement();
                var insert = db.prepareStatement("insert into outbox_event (id, topic, message_key, event_type,"
                        + " payload, occurred_at) values (?, ?, ?, 'test.Relayed.v1', cast(? as jsonb), now())")) {
            statement.executeUpdate("update outbox_event set published_at = now() where published_at is null");
            for (int i = 0; i < rows; i++) {
                var id = UUID.randomUUID();
                insert.setObject(1, id);
                insert.setString(2, TEST_TOPIC);
                insert.setString(3, "10000000" + (10 + i % 50));
                insert.setString(4, "{\"n\": " + i + "}");
                insert.addBatch();
                ids.add(id);
            }
            insert.executeBatch();
            db.commit();
        } finally {
            db.setAutoCommit(true);
        }
        return ids;
    }

    private static long countPublished(Connection db, List<UUID> ids) throws SQLException {
        try (var query = db.prepareStatement(
                "select count(*) from outbox_event where published_at is not null and id = any (?)")) {
            query.setArray(1, db.createArrayOf("uuid", ids.toArray()));
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /**
     * Starts the packaged service on the run's database (in {@link #SCHEMA}) and Keycloak.
     *
     * @param kafkaReachable false for the producer that must not publish: its relay polls hourly, it creates no
     *     topics and gives up a send after 3 s, so the closed port holds up neither its start nor the test
     */
    private Process start(String name, int port, String kafka, boolean kafkaReachable, String... extra)
            throws IOException {
        var servers = TestServers.get();
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new ArrayList<>(List.of(
                java,
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-Xmx256m",
                "-Dfile.encoding=UTF-8",
                "-jar",
                JAR.toString(),
                "--server.port=" + port,
                "--spring.datasource.url=" + jdbcUrl(servers),
                "--spring.flyway.default-schema=" + SCHEMA,
                "--spring.flyway.schemas=" + SCHEMA,
                "--kabinet.outbox.poll-interval=" + (kafkaReachable ? "200ms" : "1h"),
                "--spring.kafka.admin.auto-create=" + kafkaReachable,
                "--spring.kafka.producer.properties.max.block.ms=3000",
                // a group of its own, from the end: never the dev stack's group (its committed offsets on
                // account.accounts would make the dev stack skip accounts), never the whole topic
                "--spring.kafka.consumer.group-id=metering-service-crash-it-" + UUID.randomUUID(),
                "--spring.kafka.consumer.auto-offset-reset=latest"));
        command.addAll(List.of(extra));
        var builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(LOGS.resolve(name + ".log").toFile());
        var env = builder.environment();
        env.remove("SPRING_PROFILES_ACTIVE");
        env.put("KABINET_KAFKA_BOOTSTRAP", kafka);
        env.put("KABINET_ISSUER_URI", servers.issuerUri());
        env.put("KABINET_DB_HOST", servers.dbHost());
        env.put("KABINET_DB_PORT", Integer.toString(servers.dbPort()));
        env.put("KABINET_DB_NAME", "kabinet_metering_test");
        var process = builder.start();
        started.add(process);
        return process;
    }

    /** Waits until the process answers its readiness probe; fails with where its log is if it never does. */
    private static void awaitReady(Process process, int port) {
        try {
            ServiceApi.on(port).awaitGet("/actuator/health/readiness", r -> r.status() == 200, Duration.ofSeconds(180));
        } catch (RuntimeException notReady) {
            var state = process.isAlive() ? "not ready within 180 s" : "exited with " + process.exitValue();
            throw new AssertionError("metering-service " + state + ", see " + LOGS, notReady);
        }
    }

    private static String jdbcUrl(TestServers servers) {
        return "jdbc:postgresql://" + servers.dbHost() + ":" + servers.dbPort()
                + "/kabinet_metering_test?currentSchema=" + SCHEMA;
    }

    private static Connection connect(TestServers servers) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(servers), "kabinet_metering", "kabinet_metering");
    }

    /** A meter of ivanova's account in the test's schema; rows left by earlier runs are cleared, not relayed. */
    private static void prepareMeter(Connection db) throws SQLException {
        try (var statement = db.createStatement()) {
            statement.executeUpdate("update outbox_event set published_at = now() where published_at is null");
            statement.executeUpdate("delete from reading where meter_id = " + METER);
            statement.executeUpdate("delete from meter where id = " + METER);
            statement.executeUpdate("insert into meter (id, account_number, serial_number, service, zones,"
                    + " digit_capacity, decimals, remote, verification_due) values (" + METER + ", '" + ACCOUNT
                    + "', 'ЭМ-CRASH-1', 'ELECTRICITY', 'T1', 6, 1, false, null)");
        }
    }

    private static UUID outboxEventOf(Connection db, UUID readingId) throws SQLException {
        try (var query = db.prepareStatement("select id from outbox_event where payload ->> 'readingId' = ?")) {
            query.setString(1, readingId.toString());
            try (var rows = query.executeQuery()) {
                assertThat(rows.next())
                        .as("outbox row committed with the reading")
                        .isTrue();
                var id = rows.getObject(1, UUID.class);
                assertThat(rows.next()).as("exactly one outbox row").isFalse();
                return id;
            }
        }
    }

    private static boolean published(Connection db, UUID eventId) throws SQLException {
        try (var query = db.prepareStatement("select published_at is not null from outbox_event where id = ?")) {
            query.setObject(1, eventId);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
