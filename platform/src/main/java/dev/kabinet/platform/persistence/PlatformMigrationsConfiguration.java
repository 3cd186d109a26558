package dev.kabinet.platform.persistence;

import java.util.List;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Makes Spring Boot's Flyway run the platform's migrations first, with their own history ({@link PlatformMigrations}).
 * {@code kabinet.platform.migrations.locations} (default {@code classpath:db/platform}) exists for the schema upgrade
 * test, which adds a later platform migration.
 */
@AutoConfiguration
@ConditionalOnClass(Flyway.class)
public class PlatformMigrationsConfiguration {

    @Bean
    PlatformMigrations platformMigrations(
            @Value("${kabinet.platform.migrations.locations:classpath:db/platform}") List<String> locations) {
        return new PlatformMigrations(locations);
    }
}
