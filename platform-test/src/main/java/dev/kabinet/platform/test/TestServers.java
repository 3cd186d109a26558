package dev.kabinet.platform.test;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.MountableFile;

/**
 * The real servers this test run talks to: PostgreSQL, Kafka (KRaft), Keycloak and an SMTP server. Started once per
 * run and shared by every test JVM: by {@code ./kabinet test} on a machine without a Docker engine (it exports
 * {@code KABINET_TEST_INFRA=local} and the addresses), or here by Testcontainers when a Docker engine answers.
 */
public record TestServers(
        String dbHost,
        int dbPort,
        String kafkaBootstrap,
        String keycloakUrl,
        String smtpHost,
        int smtpPort,
        int imapPort) {

    public static final List<String> SERVICES =
            List.of("identity", "account", "metering", "billing", "payment", "notification");

    private static TestServers current;

    public static synchronized TestServers get() {
        if (current == null) {
            current = resolve();
        }
        return current;
    }

    public String issuerUri() {
        return keycloakUrl + "/realms/kabinet";
    }

    private static TestServers resolve() {
        if (System.getenv("KABINET_TEST_INFRA") != null) {
            return new TestServers(
                    env("KABINET_DB_HOST", "127.0.0.1"),
                    Integer.parseInt(env("KABINET_DB_PORT", "5432")),
                    env("KABINET_KAFKA_BOOTSTRAP", "127.0.0.1:9092"),
                    env("KABINET_KEYCLOAK_URL", "http://localhost:8180"),
                    env("KABINET_SMTP_HOST", "127.0.0.1"),
                    Integer.parseInt(env("KABINET_SMTP_PORT", "3025")),
                    Integer.parseInt(env("KABINET_IMAP_PORT", "3143")));
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            return Containers.start();
        }
        throw new IllegalStateException("""
                Integration tests need real PostgreSQL, Kafka, Keycloak and SMTP servers, and none is configured.
                Run them through `./kabinet test` (it starts the servers once and exports their addresses), or start
                them with `./kabinet up --only infra` and export KABINET_TEST_INFRA=local, or run with a Docker engine.""");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** The Docker path: the same servers as images, started once for the JVM. */
    static final class Containers {

        static TestServers start() {
            var postgres = new PostgreSQLContainer("postgres:15-alpine");
            postgres.start();
            createDatabases(postgres);
            var kafka = new KafkaContainer("apache/kafka-native:4.1.0");
            kafka.start();
            Path realm = OpenApiSnapshot.repositoryRoot().resolve("local-stack/keycloak/realm-kabinet.json");
            var keycloak = new GenericContainer<>("quay.io/keycloak/keycloak:26.4")
                    .withExposedPorts(8080, 9000)
                    .withEnv("KC_BOOTSTRAP_ADMIN_USERNAME", "admin")
                    .withEnv("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin")
                    .withEnv("KC_HEALTH_ENABLED", "true")
                    .withCopyFileToContainer(
                            MountableFile.forHostPath(realm), "/opt/keycloak/data/import/realm-kabinet.json")
                    .withCommand("start-dev", "--import-realm")
                    .waitingFor(Wait.forHttp("/health/ready").forPort(9000));
            keycloak.start();
            var mail = new GenericContainer<>("greenmail/standalone:2.1.3")
                    .withExposedPorts(3025, 3143)
                    .waitingFor(Wait.forListeningPort());
            mail.start();
            return new TestServers(
                    postgres.getHost(),
                    postgres.getMappedPort(5432),
                    kafka.getBootstrapServers(),
                    "http://" + keycloak.getHost() + ":" + keycloak.getMappedPort(8080),
                    mail.getHost(),
                    mail.getMappedPort(3025),
                    mail.getMappedPort(3143));
        }

        private static void createDatabases(PostgreSQLContainer postgres) {
            try (var connection = DriverManager.getConnection(
                            postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword());
                    var statement = connection.createStatement()) {
                for (String service : SERVICES) {
                    String name = "kabinet_" + service;
                    statement.execute("create role " + name + " login password '" + name + "'");
                    statement.execute("create database " + name + "_test owner " + name);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not prepare the test databases", e);
            }
        }
    }
}
