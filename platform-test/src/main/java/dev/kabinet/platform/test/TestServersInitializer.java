package dev.kabinet.platform.test;

import java.util.HashMap;
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
        properties.put("kabinet.consumer-retry.initial-interval", "100ms");
        environment.getPropertySources().addFirst(new MapPropertySource("kabinetTestServers", properties));
    }
}
