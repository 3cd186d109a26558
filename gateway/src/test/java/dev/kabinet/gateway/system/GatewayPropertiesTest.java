package dev.kabinet.gateway.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

class GatewayPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(GatewayProperties.class)
    static class Settings {}

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Settings.class)
            .withPropertyValues(
                    "kabinet.gateway.issuer-uri=http://localhost:8180/realms/kabinet",
                    "kabinet.gateway.services.metering=http://127.0.0.1:8083",
                    "kabinet.gateway.connect-timeout=2s",
                    "kabinet.gateway.response-timeout=10s",
                    "kabinet.gateway.max-request-size=1MB",
                    "kabinet.gateway.rate-limit.capacity=60",
                    "kabinet.gateway.rate-limit.refill-per-second=20");

    @Test
    void bindsTheSettings() {
        runner.run(context -> {
            var properties = context.getBean(GatewayProperties.class);
            assertThat(properties.services()).containsKey("metering");
            assertThat(properties.maxRequestSize().toBytes()).isEqualTo(1024 * 1024);
            assertThat(properties.identityProviderOrigin()).isEqualTo("http://localhost:8180");
            assertThat(properties.secureCookies()).isFalse();
            assertThat(properties.oidcSessionLifetime()).hasHours(10);
        });
    }

    @Test
    void refusesToStartWithoutAnyService() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
                .withUserConfiguration(Settings.class)
                .withPropertyValues(
                        "kabinet.gateway.issuer-uri=http://localhost:8180/realms/kabinet",
                        "kabinet.gateway.connect-timeout=2s",
                        "kabinet.gateway.response-timeout=10s",
                        "kabinet.gateway.max-request-size=1MB",
                        "kabinet.gateway.rate-limit.capacity=60",
                        "kabinet.gateway.rate-limit.refill-per-second=20")
                .run(context -> assertThat(context).hasFailed());
    }

    @Test
    void refusesANonPositiveRateLimit() {
        runner.withPropertyValues("kabinet.gateway.rate-limit.capacity=0")
                .run(context -> assertThat(context).hasFailed());
    }
}
