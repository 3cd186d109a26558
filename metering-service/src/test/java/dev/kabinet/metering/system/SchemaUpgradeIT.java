package dev.kabinet.metering.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kabinet.platform.persistence.PlatformMigrations;
import dev.kabinet.platform.persistence.PlatformMigrationsConfiguration;
import dev.kabinet.platform.test.TestServers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Configuration;

/**
 * Schema upgrades (docs/adr/0008): the platform's migrations have their own history, so either the platform or a
 * service can add a migration, and a database migrated with today's shared history upgrades in place with its data.
 *
 * <p>Each test works in a schema of its own in {@code kabinet_metering_test} (dropped afterwards), which Flyway treats
 * as a database of its own: "today's layout" is Flyway run as the services ran it before the split (service and
 * platform scripts in one history), "the new configuration" is Spring Boot's Flyway with the platform's
 * auto-configuration and defaults, as every service starts.
 */
@DisplayName("Schema upgrades: platform and service migrations keep separate histories (#5)")
class SchemaUpgradeIT {

    static final String LATER_PLATFORM_MIGRATION = "classpath:schema-upgrade-it/platform";
    static final String USER = "kabinet_metering";
    static final long METER = 9_000_301;
    static final UUID READING = UUID.randomUUID();
    static final UUID OUTBOX_EVENT = UUID.randomUUID();
    static final UUID INBOX_EVENT = UUID.randomUUID();

    private final String schema =
            "schema_upgrade_it_" + UUID.randomUUID().toString().substring(0, 8);

    @TempDir
    Path sharedHistoryScripts;

    @BeforeEach
    void createSchema() throws SQLException {
        try (var db = connect();
                var statement = db.createStatement()) {
            statement.execute("create schema " + schema);
        }
    }

    @AfterEach
    void dropSchema() throws SQLException {
        try (var db = connect();
                var statement = db.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
        }
    }

    @Test
    void theSharedHistoryOfTodayRefusesAPlatformMigrationAddedLater() throws Exception {
        migrateWithTheSharedHistory();

        var withLaterPlatformMigration = sharedHistoryFlyway(LATER_PLATFORM_MIGRATION);

        assertThatThrownBy(withLaterPlatformMigration::migrate)
                .isInstanceOf(FlywayException.class)
                .hasMessageContaining("0.4");
    }

    @Test
    void databaseMigratedWithTheSharedHistoryUpgradesInPlaceKeepingItsData() throws Exception {
        migrateWithTheSharedHistory();
        insertData();
        var movedRows = historyRows("flyway_schema_history", "version in ('0.1', '0.2')");
        assertThat(movedRows).hasSize(2);

        startServiceMigrations(true);

        try (var db = connect();
                var statement = db.createStatement()) {
            assertThat(single(statement, "select serial_number from meter where id = " + METER))
                    .isEqualTo("ЭМ-UPGRADE-1");
            assertThat(single(
                            statement,
                            "select status || ' ' || rv.value from reading r"
                                    + " join reading_value rv on rv.reading_id = r.id where r.id = '" + READING + "'"))
                    .isEqualTo("ACCEPTED 12345.600");
            assertThat(single(
                            statement,
                            "select payload ->> 'readingId' from outbox_event where id = '" + OUTBOX_EVENT
                                    + "' and published_at is null"))
                    .isEqualTo(READING.toString());
            assertThat(single(statement, "select consumer from inbox_event where event_id = '" + INBOX_EVENT + "'"))
                    .isEqualTo("schema-upgrade-it");
            assertThat(single(statement, "select note from platform_upgrade_probe where id = 1"))
                    .isEqualTo("added later");
            assertThat(single(
                            statement,
                            "select coalesce(upgrade_probe, 'null') from outbox_event where id = '" + OUTBOX_EVENT
                                    + "'"))
                    .isEqualTo("null");
        }
        assertThat(versions("flyway_schema_history")).containsExactly("1", "2", "3", "4", "5", "6");
        assertThat(versions(PlatformMigrations.HISTORY)).containsExactly("0.1", "0.2", "0.3", "0.4");
        assertThat(historyRows(PlatformMigrations.HISTORY, "version in ('0.1', '0.2')"))
                .as("moved with their checksums and dates, not re-applied")
                .isEqualTo(movedRows);

        startServiceMigrations(true);

        assertThat(versions("flyway_schema_history")).containsExactly("1", "2", "3", "4", "5", "6");
        assertThat(versions(PlatformMigrations.HISTORY)).containsExactly("0.1", "0.2", "0.3", "0.4");
    }

    @Test
    void newDatabaseGetsTwoHistoriesAndTakesAPlatformMigrationAddedLater() throws Exception {
        startServiceMigrations(false);

        assertThat(versions(PlatformMigrations.HISTORY)).containsExactly("0.1", "0.2", "0.3");
        assertThat(versions("flyway_schema_history")).containsExactly("0", "1", "2", "3", "4", "5", "6");
        insertData();

        startServiceMigrations(true);

        assertThat(versions(PlatformMigrations.HISTORY)).containsExactly("0.1", "0.2", "0.3", "0.4");
        assertThat(versions("flyway_schema_history")).containsExactly("0", "1", "2", "3", "4", "5", "6");
        try (var db = connect();
                var statement = db.createStatement()) {
            assertThat(single(statement, "select count(*) from outbox_event where id = '" + OUTBOX_EVENT + "'"))
                    .isEqualTo("1");
        }
    }

    @Test
    void platformMigrationAppliedInTheSharedHistoryMovesWithTheOthers() throws Exception {
        // a database created from scratch by a build that already had later platform migrations (today's 0.3 and a
        // later one, 0.4)
        sharedHistoryFlyway(List.of("classpath:db/migration"), SHARED_ERA_AND_LATER, LATER_PLATFORM_MIGRATION)
                .migrate();
        assertThat(versions("flyway_schema_history"))
                .containsExactly("0.1", "0.2", "0.3", "0.4", "1", "2", "3", "4", "5", "6");
        insertData();

        startServiceMigrations(true);

        assertThat(versions("flyway_schema_history")).containsExactly("1", "2", "3", "4", "5", "6");
        assertThat(versions(PlatformMigrations.HISTORY)).containsExactly("0.1", "0.2", "0.3", "0.4");
        try (var db = connect();
                var statement = db.createStatement()) {
            assertThat(single(statement, "select count(*) from platform_upgrade_probe"))
                    .as("0.4 not applied twice")
                    .isEqualTo("1");
        }
    }

    @Test
    void aDemoSeedDeletedAfterItWasAppliedDoesNotStopTheStart() throws Exception {
        // issue #7: the demo back office replaced the repeatable demo seeds, deleted from db/demo once applied
        startServiceMigrations(
                true, "--spring.flyway.locations=classpath:db/migration,classpath:schema-upgrade-it/demo-seed");

        startServiceMigrations(true);

        try (var db = connect();
                var statement = db.createStatement()) {
            assertThat(single(statement, "select serial_number from meter where id = 9000999"))
                    .as("the seed's rows stay")
                    .isEqualTo("ЭМ-DEMO-PROBE");
        }
        assertThat(versions("flyway_schema_history")).containsExactly("0", "1", "2", "3", "4", "5", "6");
    }

    @Test
    void foreignNonEmptySchemaIsRefusedNotBaselined() throws Exception {
        try (var db = connect();
                var statement = db.createStatement()) {
            statement.execute("create table someone_elses (id integer primary key)");
        }

        assertThatThrownBy(() -> startServiceMigrations(false)).rootCause().hasMessageContaining("non-empty schema");
        try (var db = connect();
                var statement = db.createStatement()) {
            assertThat(single(
                            statement,
                            "select string_agg(table_name, ',') from information_schema.tables"
                                    + " where table_schema = '" + schema + "'"))
                    .as("nothing created")
                    .isEqualTo("someone_elses");
        }
    }

    @Test
    void serviceWithoutMigrationsOfItsOwnUpgradesToo() throws Exception {
        // identity-service: before the split its history held only the platform's rows
        sharedHistoryFlyway(List.of()).migrate();
        assertThat(versions("flyway_schema_history")).containsExactly("0.1", "0.2");

        startServiceMigrations(true, "--spring.flyway.locations=classpath:schema-upgrade-it/none");
        startServiceMigrations(true, "--spring.flyway.locations=classpath:schema-upgrade-it/none");

        assertThat(versions("flyway_schema_history")).isEmpty();
        assertThat(versions(PlatformMigrations.HISTORY)).containsExactly("0.1", "0.2", "0.3", "0.4");
    }

    /** The platform's scripts before the split of the histories. */
    static final List<String> SHARED_ERA = List.of("V0_1__create_outbox_event.sql", "V0_2__create_inbox_event.sql");

    /** The same and today's later platform migration. */
    static final List<String> SHARED_ERA_AND_LATER = List.of(
            "V0_1__create_outbox_event.sql", "V0_2__create_inbox_event.sql", "V0_3__add_outbox_trace_context.sql");

    private Flyway sharedHistoryFlyway(String... moreLocations) throws IOException {
        return sharedHistoryFlyway(List.of("classpath:db/migration"), SHARED_ERA, moreLocations);
    }

    private Flyway sharedHistoryFlyway(List<String> serviceLocations, String... moreLocations) throws IOException {
        return sharedHistoryFlyway(serviceLocations, SHARED_ERA, moreLocations);
    }

    /** Flyway as every service ran it before the split: its own and the platform's scripts, one history. */
    private Flyway sharedHistoryFlyway(
            List<String> serviceLocations, List<String> platformScripts, String... moreLocations) throws IOException {
        for (String script : platformScripts) {
            try (InputStream in = getClass().getResourceAsStream("/db/platform/" + script)) {
                assertThat(in).as(script).isNotNull();
                Files.copy(in, sharedHistoryScripts.resolve(script), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        var locations = new ArrayList<>(serviceLocations);
        locations.add("filesystem:" + sharedHistoryScripts);
        locations.addAll(List.of(moreLocations));
        return Flyway.configure()
                .dataSource(url(), USER, USER)
                .defaultSchema(schema)
                .locations(locations.toArray(String[]::new))
                .load();
    }

    private void migrateWithTheSharedHistory() throws IOException, SQLException {
        sharedHistoryFlyway().migrate();
        assertThat(versions("flyway_schema_history")).containsExactly("0.1", "0.2", "1", "2", "3", "4", "5", "6");
    }

    /** What a service does at start: Spring Boot's Flyway with the platform's defaults and auto-configuration. */
    private void startServiceMigrations(boolean laterPlatformMigration, String... moreArgs) {
        var args = new ArrayList<>(List.of(
                "--spring.datasource.url=" + url(),
                "--spring.datasource.username=" + USER,
                "--spring.datasource.password=" + USER,
                "--spring.flyway.default-schema=" + schema,
                "--spring.profiles.active=schema-upgrade-it",
                "--spring.main.web-application-type=none",
                "--spring.main.banner-mode=off"));
        if (laterPlatformMigration) {
            args.add("--kabinet.platform.migrations.locations=classpath:db/platform," + LATER_PLATFORM_MIGRATION);
        }
        args.addAll(List.of(moreArgs));
        try (var context = new SpringApplicationBuilder(MigrationsOnly.class).run(args.toArray(String[]::new))) {
            assertThat(context.getBean(PlatformMigrations.class)).isNotNull();
        }
    }

    private void insertData() throws SQLException {
        try (var db = connect();
                var statement = db.createStatement()) {
            statement.executeUpdate("insert into meter (id, account_number, serial_number, service, zones,"
                    + " digit_capacity, decimals) values (" + METER + ", '1000000011', 'ЭМ-UPGRADE-1', 'ELECTRICITY',"
                    + " 'T1', 6, 1)");
            statement.executeUpdate("insert into reading (id, meter_id, account_number, decimals, status, channel,"
                    + " submitted_at, decided_at) values ('" + READING + "', " + METER + ", '1000000011', 1,"
                    + " 'ACCEPTED', 'PORTAL', now(), now())");
            statement.executeUpdate(
                    "insert into reading_value (reading_id, zone, value) values ('" + READING + "', 'T1', 12345.6)");
            statement.executeUpdate("insert into outbox_event (id, topic, message_key, event_type, payload,"
                    + " occurred_at) values ('" + OUTBOX_EVENT + "', 'metering.readings', '1000000011',"
                    + " 'metering.ReadingSubmitted.v1', '{\"readingId\": \"" + READING + "\"}', now())");
            statement.executeUpdate("insert into inbox_event (event_id, consumer, event_type) values ('" + INBOX_EVENT
                    + "', 'schema-upgrade-it', 'billing.ChargeCalculated.v1')");
        }
    }

    private List<String> versions(String table) throws SQLException {
        var versions = new ArrayList<String>();
        try (var db = connect();
                var statement = db.createStatement();
                var rows = statement.executeQuery(
                        "select version from " + table + " where version is not null order by installed_rank")) {
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
        }
        return versions;
    }

    /** version -> checksum, installed_on, success of the matching rows. */
    private Map<String, String> historyRows(String table, String where) throws SQLException {
        var found = new LinkedHashMap<String, String>();
        try (var db = connect();
                var statement = db.createStatement();
                var rows = statement.executeQuery("select version, checksum || ' ' || installed_on || ' ' || success"
                        + " from " + table + " where " + where + " order by installed_rank")) {
            while (rows.next()) {
                found.put(rows.getString(1), rows.getString(2));
            }
        }
        return found;
    }

    private static String single(java.sql.Statement statement, String query) throws SQLException {
        try (var rows = statement.executeQuery(query)) {
            assertThat(rows.next()).as(query).isTrue();
            var value = rows.getString(1);
            assertThat(rows.next()).as(query + ": one row").isFalse();
            return value;
        }
    }

    private String url() {
        var servers = TestServers.get();
        return "jdbc:postgresql://" + servers.dbHost() + ":" + servers.dbPort()
                + "/kabinet_metering_test?currentSchema=" + schema;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), USER, USER);
    }

    /** The part of a service's start that migrates its database, and nothing else (no web, Kafka or Keycloak). */
    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({
        DataSourceAutoConfiguration.class,
        FlywayAutoConfiguration.class,
        PlatformMigrationsConfiguration.class
    })
    static class MigrationsOnly {}
}
