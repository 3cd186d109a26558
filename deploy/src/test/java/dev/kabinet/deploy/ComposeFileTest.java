package dev.kabinet.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.deploy.Repository.Part;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * docker-compose.yml is in step with the table of parts (local-stack/bin/parts.sh) that ./kabinet up starts from: the
 * same parts, ports, health checks, start order and app settings. Its structure against the Compose file schema is
 * checked by ./kabinet test with docker compose config (local-stack/bin/test.sh, check_compose).
 */
@DisplayName("#12 docker-compose.yml follows the table of parts")
class ComposeFileTest {

    /** Services of the compose file that are no part: one-shot jobs (they exit, nothing waits for their health). */
    private static final Set<String> JOBS = Set.of("kafka-topics");

    private static final Map<String, Object> COMPOSE = load();

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load() {
        // SnakeYAML resolves the anchors and merge keys (<<: *app) as Compose does
        return (Map<String, Object>)
                new Yaml(new SafeConstructor(new LoaderOptions())).load(Repository.read("docker-compose.yml"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> services() {
        return (Map<String, Object>) COMPOSE.get("services");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(String name) {
        Object service = services().get(name);
        assertThat(service).as("compose service %s", name).isNotNull();
        return (Map<String, Object>) service;
    }

    @Test
    @DisplayName(
            "every part of the table is a compose service and every compose service but the one-shot jobs is a part")
    void sameParts() {
        var parts = Repository.parts().stream().map(Part::name).collect(Collectors.toCollection(TreeSet::new));
        var composed = new TreeSet<>(services().keySet());
        composed.removeAll(JOBS);
        assertThat(composed).isEqualTo(parts);
        JOBS.forEach(
                job -> assertThat(service(job)).containsEntry("restart", "no").doesNotContainKey("ports"));
    }

    @Test
    @DisplayName("each part publishes its main and extra ports of the table, on 127.0.0.1 only, and no other")
    void samePorts() {
        for (Part part : Repository.parts()) {
            var expected = part.ports().stream()
                    .map(port -> "127.0.0.1:" + port + ":" + port)
                    .collect(Collectors.toCollection(TreeSet::new));
            var published = new TreeSet<String>();
            ((List<?>) service(part.name()).getOrDefault("ports", List.of())).forEach(p -> published.add(p.toString()));
            assertThat(published).as("ports of %s", part.name()).isEqualTo(expected);
        }
    }

    @Test
    @DisplayName("each part's health check probes what the table's health column says")
    @SuppressWarnings("unchecked")
    void sameHealth() {
        for (Part part : Repository.parts()) {
            var check = (Map<String, Object>) service(part.name()).get("healthcheck");
            assertThat(check).as("healthcheck of %s", part.name()).isNotNull();
            String test = String.join(" ", (List<String>) check.get("test"));
            String health = part.health();
            if (health.equals("pg")) {
                assertThat(test).as(part.name()).contains("pg_isready").contains("-p " + part.port());
            } else if (health.equals("redis")) {
                assertThat(test)
                        .as(part.name())
                        .contains("redis-cli")
                        .contains("-p " + part.port())
                        .endsWith(" ping");
            } else if (health.equals("tcp")) {
                assertThat(test).as(part.name()).contains("/dev/tcp/127.0.0.1/" + part.port());
            } else if (health.startsWith("http:")) {
                String portPath = health.substring("http:".length());
                int slash = portPath.indexOf('/');
                assertThat(test)
                        .as(part.name())
                        .contains("127.0.0.1/" + portPath.substring(0, slash))
                        .contains("GET " + portPath.substring(slash) + " ");
            } else if (health.equals("actuator")) {
                assertThat(test)
                        .as(part.name())
                        .contains("http://127.0.0.1:" + part.port() + "/actuator/health/readiness");
            } else {
                throw new AssertionError("unknown health '" + health + "' of " + part.name() + " in parts.sh");
            }
            assertThat(check).as(part.name()).containsKey("start_period");
        }
    }

    @Test
    @DisplayName(
            "start order: each part waits for every part of the stage before it to be healthy, never for a later one")
    @SuppressWarnings("unchecked")
    void sameStartOrder() {
        var parts = Repository.parts();
        var stageOf = parts.stream().collect(Collectors.toMap(Part::name, Part::stage));
        for (Part part : parts) {
            var dependsOn =
                    (Map<String, Map<String, String>>) service(part.name()).getOrDefault("depends_on", Map.of());
            for (Part before : parts) {
                if (before.stage() == part.stage() - 1) {
                    assertThat(dependsOn)
                            .as("%s (stage %d) waits for %s", part.name(), part.stage(), before.name())
                            .containsEntry(before.name(), Map.of("condition", "service_healthy"));
                }
            }
            dependsOn.keySet().stream().filter(stageOf::containsKey).forEach(other -> assertThat(stageOf.get(other))
                    .as("%s (stage %d) waits for %s", part.name(), part.stage(), other)
                    .isLessThan(part.stage()));
        }
    }

    @Test
    @DisplayName(
            "the apps get every KABINET_* setting ./kabinet up gives them, their port, and the services' addresses")
    @SuppressWarnings("unchecked")
    void sameAppSettings() {
        var expected = Repository.appEnvironment();
        assertThat(expected).contains("KABINET_DB_HOST", "KABINET_KAFKA_BOOTSTRAP", "KABINET_ISSUER_URI");
        for (Part app : Repository.apps()) {
            var env = (Map<String, Object>) service(app.name()).get("environment");
            assertThat(env).as("environment of %s", app.name()).containsKeys(expected.toArray(String[]::new));
            assertThat(env).containsEntry("SERVER_PORT", String.valueOf(app.port()));
            assertThat(env).containsKey("SPRING_PROFILES_ACTIVE");
            // JSON log lines in containers, a tenth of the requests traced (ADR 0030); ./kabinet up logs plain text
            assertThat(env)
                    .containsEntry("LOGGING_STRUCTURED_FORMAT_CONSOLE", "${LOGGING_STRUCTURED_FORMAT_CONSOLE:-ecs}")
                    .containsEntry("KABINET_TRACING_SAMPLING", "${KABINET_TRACING_SAMPLING:-0.1}");
            for (Part service : Repository.services()) {
                assertThat(env)
                        .containsEntry(
                                "KABINET_" + service.serviceName().toUpperCase() + "_URL",
                                "http://" + service.name() + ":" + service.port());
            }
        }
    }

    @Test
    @DisplayName("the apps run the images of ./kabinet images; the servers the versions ./kabinet up downloads")
    void sameImages() {
        for (Part app : Repository.apps()) {
            assertThat(service(app.name()).get("image"))
                    .as("image of %s", app.name())
                    .isEqualTo("${KABINET_IMAGE_REPO:-kabinet}/" + app.name() + ":${KABINET_IMAGE_TAG:-"
                            + Repository.projectVersion() + "}");
        }
        assertThat(service("kafka").get("image")).isEqualTo("apache/kafka:" + Repository.version("KAFKA_VERSION"));
        assertThat(service("kafka-topics").get("image"))
                .isEqualTo(service("kafka").get("image"));
        assertThat(service("keycloak").get("image"))
                .isEqualTo("quay.io/keycloak/keycloak:" + Repository.version("KEYCLOAK_VERSION"));
        assertThat(service("greenmail").get("image"))
                .isEqualTo("greenmail/standalone:" + Repository.version("GREENMAIL_VERSION"));
        assertThat(service("redis").get("image").toString()).startsWith("redis:");
    }

    @Test
    @DisplayName(
            "the demo back office and the test acquirer run the images of ./kabinet images, on their ports; the back"
                    + " office with the launcher's Kafka, the acquirer calling payment-service back")
    @SuppressWarnings("unchecked")
    void demoParts() {
        assertThat(Repository.demos()).extracting(Part::name).containsExactly("backoffice-demo", "test-acquirer");
        for (Part demo : Repository.demos()) {
            var service = service(demo.name());
            assertThat(service.get("image"))
                    .isEqualTo("${KABINET_IMAGE_REPO:-kabinet}/" + demo.name() + ":${KABINET_IMAGE_TAG:-"
                            + Repository.projectVersion() + "}");
            var env = (Map<String, Object>) service.get("environment");
            assertThat(env).containsEntry("SERVER_PORT", String.valueOf(demo.port()));
        }
        assertThat((Map<String, Object>) service("backoffice-demo").get("environment"))
                .containsEntry("KABINET_KAFKA_BOOTSTRAP", "kafka:9092");
        assertThat(Repository.appEnvironment()).contains("KABINET_KAFKA_BOOTSTRAP");
        var payment = Repository.services().stream()
                .filter(p -> p.name().equals("payment-service"))
                .findFirst()
                .orElseThrow();
        assertThat((Map<String, Object>) service("test-acquirer").get("environment"))
                .containsEntry("KABINET_ACQUIRER_ADDRESS", "0.0.0.0")
                .hasEntrySatisfying("KABINET_ACQUIRER_CALLBACK_URL", url -> assertThat(url.toString())
                        .startsWith("http://payment-service:" + payment.port() + "/"));
    }

    @Test
    @DisplayName("PostgreSQL gets a role and a database per service; Keycloak the realm; Kafka the launcher's topics")
    void sameProvisioning() {
        String init = Repository.read("deploy/compose/postgres-init.sql");
        for (Part service : Repository.services()) {
            String db = "kabinet_" + service.serviceName();
            assertThat(init)
                    .contains("CREATE ROLE " + db + " LOGIN")
                    .contains("CREATE DATABASE " + db + " OWNER " + db + ";");
        }
        assertThat(service("postgres").get("volumes").toString())
                .contains("./deploy/compose/postgres-init.sql:/docker-entrypoint-initdb.d/");
        assertThat(service("keycloak").get("volumes").toString())
                .contains("./local-stack/keycloak/realm-kabinet.json:/opt/keycloak/data/import/");
        assertThat(service("keycloak").get("command").toString()).contains("--import-realm");
        assertThat(service("kafka-topics").get("volumes").toString()).contains("./local-stack/kafka/topics.txt:");
    }
}
