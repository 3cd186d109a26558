package dev.kabinet.platform.persistence;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.Configuration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;

/**
 * Migrates a service's database in two runs with two histories (docs/adr/0008): first the platform's tables
 * ({@code classpath:db/platform}, history {@value #HISTORY}), then the service's own ({@code classpath:db/migration}
 * and, under the {@code demo} profile, {@code db/demo}; history {@code flyway_schema_history}). Either side can add a
 * migration without regard to the other's version numbers.
 *
 * <p>A database migrated before the split has the platform's migrations (today {@code 0.1}, {@code 0.2}) in the
 * service's history: {@link SharedHistory#split} moves those rows to the platform's history first, in one
 * transaction, so neither run re-applies nor misses anything.
 */
public final class PlatformMigrations implements FlywayMigrationStrategy {

    /** The platform's own history table, next to the service's in the same schema. */
    public static final String HISTORY = "platform_schema_history";

    /** Description of the service history's first row in a database created after the split. */
    static final String SERVICE_BASELINE = "<< service migrations start here (platform migrated first) >>";

    private static final Logger log = LoggerFactory.getLogger(PlatformMigrations.class);

    private final String[] locations;

    public PlatformMigrations(List<String> locations) {
        this.locations = locations.toArray(String[]::new);
    }

    @Override
    public void migrate(Flyway service) {
        var configuration = service.getConfiguration();
        var platformFlyway = platform(configuration);
        SharedHistory.split(configuration, scripts(platformFlyway));
        var platform = platformFlyway.migrate();
        if (platform.migrationsExecuted > 0) {
            log.info(
                    "Platform migrations ({}): {} applied, now at version {}",
                    HISTORY,
                    platform.migrationsExecuted,
                    platform.targetSchemaVersion);
        }
        service(configuration).migrate();
    }

    /** version -> script of every platform migration (as a history row names it). */
    static Map<String, String> scripts(Flyway platform) {
        var scripts = new TreeMap<String, String>();
        for (MigrationInfo migration : platform.info().all()) {
            if (migration.getVersion() != null && migration.getScript() != null) {
                scripts.put(migration.getVersion().getVersion(), migration.getScript());
            }
        }
        return scripts;
    }

    /** The service's settings (data source, schemas, placeholders), the platform's scripts and history. */
    Flyway platform(Configuration service) {
        return Flyway.configure(service.getClassLoader())
                .configuration(service)
                .locations(locations)
                .javaMigrations()
                .table(HISTORY)
                .target("latest")
                .baselineOnMigrate(false)
                .load();
    }

    /**
     * The service's run. In a database created after the split the platform's run came first, so the schema is not
     * empty when the service's history is created: Flyway then needs a baseline below the service's first migration.
     * That is allowed only when the platform's history exists (the schema was created by Kabinet), never for a
     * foreign non-empty schema.
     */
    Flyway service(Configuration service) {
        if (SharedHistory.exists(service, service.getTable()) || !SharedHistory.exists(service, HISTORY)) {
            return Flyway.configure(service.getClassLoader())
                    .configuration(service)
                    .load();
        }
        return Flyway.configure(service.getClassLoader())
                .configuration(service)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .baselineDescription(SERVICE_BASELINE)
                .load();
    }
}
