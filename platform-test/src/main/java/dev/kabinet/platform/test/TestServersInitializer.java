package dev.kabinet.platform.test;

import java.util.HashMap;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points the service under test at the run's servers and at its own test database. */
public class TestServersInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var servers = TestServers.get();
        var environment = context.getEnvironment();
        String service = environment.getProperty("kabinet.service");
        var properties = new HashMap<String, Object>();
        properties.put("KABINET_DB_HOST", servers.dbHost());
        properties.put("KABINET_DB_PORT", servers.dbPort());
        if (service != null) {
            properties.put("KABINET_DB_NAME", "kabinet_" + service + "_test");
        }
        properties.put("KABINET_KAFKA_BOOTSTRAP", servers.kafkaBootstrap());
        properties.put("KABINET_ISSUER_URI", servers.issuerUri());
        properties.put("KABINET_KEYCLOAK_URL", servers.keycloakUrl());
        properties.put("KABINET_SMTP_HOST", servers.smtpHost());
        properties.put("KABINET_SMTP_PORT", servers.smtpPort());
        properties.put("kabinet.outbox.poll-interval", "100ms");
        // every trace kept under test (production samples a tenth, docs/adr/0030)
        properties.put("management.tracing.sampling.probability", "1.0");
        properties.put("kabinet.consumer-retry.initial-interval", "100ms");
        // A consumer group of its own (docs/adr/0005-messaging.md): the dev stack's services never take this test's
        // events, nor this test theirs. It starts at the end of the topic, and the context is ready only once it owns
        // its partitions, so every event a test publishes after start is seen.
        String application = environment.getProperty("spring.application.name", "kabinet");
        properties.put(
                "spring.kafka.consumer.group-id",
                application + "-test-" + UUID.randomUUID().toString().substring(0, 8));
        properties.put("spring.kafka.consumer.auto-offset-reset", "latest");
        properties.put("kabinet.messaging.await-assignment", "60s");
        environment.getPropertySources().addFirst(new MapPropertySource("kabinetTestServers", properties));
    }
}
