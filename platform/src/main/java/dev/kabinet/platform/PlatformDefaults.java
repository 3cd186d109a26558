package dev.kabinet.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * Gives every service the same defaults ({@code kabinet-defaults.properties}): its own database
 * {@code kabinet_<service>}, Kafka, the Keycloak issuer and audience, actuator exposure, the service's Flyway locations
 * ({@code db/migration}, plus {@code db/demo} under the {@code demo} profile; the platform's own {@code db/platform}
 * runs first with its own history, see {@code persistence.PlatformMigrations}). They sit last among the property sources, so a service's
 * {@code application.yml}, a profile or an environment variable overrides any of them.
 */
public class PlatformDefaults implements EnvironmentPostProcessor, Ordered {

    static final String DEFAULTS = "kabinet-defaults.properties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String applicationName = environment.getProperty("spring.application.name");
        if (applicationName == null || !applicationName.endsWith("-service")) {
            return;
        }
        Map<String, Object> derived = new HashMap<>();
        derived.put("kabinet.service", applicationName.substring(0, applicationName.length() - "-service".length()));
        boolean demo = Arrays.asList(environment.getActiveProfiles()).contains("demo");
        derived.put("spring.flyway.locations", "classpath:db/migration" + (demo ? ",classpath:db/demo" : ""));
        environment.getPropertySources().addLast(new MapPropertySource("kabinetDerived", derived));
        environment.getPropertySources().addLast(new PropertiesPropertySource("kabinetDefaults", load()));
    }

    private static Properties load() {
        try {
            return PropertiesLoaderUtils.loadProperties(new ClassPathResource(DEFAULTS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }
}
