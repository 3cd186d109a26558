package dev.kabinet.platform.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.Configuration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one-off upgrade of a database migrated before the platform had its own history: the rows of the platform's
 * migrations (same version and script as one in {@code db/platform}) move from the service's history table to
 * {@value PlatformMigrations#HISTORY}, with their checksums and dates, in one transaction under an advisory lock (so
 * replicas starting together do it once). Nothing is re-applied; Flyway validates the moved rows against the same
 * scripts as before. Idempotent: with no such row left in the service's history it does nothing.
 */
final class SharedHistory {

    /** Advisory lock key of the split ("Kabinet" in ASCII); Flyway's own locks use other keys. */
    static final long LOCK = 0x4B6162696E6574L;

    private static final Logger log = LoggerFactory.getLogger(SharedHistory.class);

    private SharedHistory() {}

    /** @param platformScripts version -> script of every platform migration */
    static void split(Configuration service, Map<String, String> platformScripts) {
        if (platformScripts.isEmpty()) {
            return;
        }
        try (var connection = service.getDataSource().getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                split(connection, schema(service, connection), service.getTable(), platformScripts);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new FlywayException("Could not move the platform's migrations to their own history", e);
        }
    }

    private static void split(
            Connection connection, String schema, String serviceTable, Map<String, String> platformScripts)
            throws SQLException {
        try (var lock = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
            lock.setLong(1, LOCK);
            lock.execute();
        }
        if (!exists(connection, schema, serviceTable)) {
            return; // a new database
        }
        var service = qualified(schema, serviceTable);
        var platform = qualified(schema, PlatformMigrations.HISTORY);
        var platformRows = "(version, script) in ("
                + platformScripts.entrySet().stream()
                        .map(e -> "(" + literal(e.getKey()) + ", " + literal(e.getValue()) + ")")
                        .collect(Collectors.joining(", "))
                + ")";
        var shared = new ArrayList<String>();
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery(
                        "select version from " + service + " where " + platformRows + " order by installed_rank")) {
            while (rows.next()) {
                shared.add(rows.getString(1));
            }
        }
        if (shared.isEmpty()) {
            return; // split before, or created after the split
        }
        if (exists(connection, schema, PlatformMigrations.HISTORY)) {
            throw new FlywayException("Both " + service + " and " + platform + " exist and " + service
                    + " still records platform migrations " + shared
                    + ": a service version from before the split migrated this database after a newer one"
                    + " (see docs/runbook.md, 'Schema migrations').");
        }
        try (var statement = connection.createStatement()) {
            // The same columns as Flyway's own table; the key and index names are those Flyway would give it.
            statement.execute("create table " + platform + " (like " + service + " including defaults)");
            statement.execute("alter table " + platform + " add constraint " + quote(PlatformMigrations.HISTORY + "_pk")
                    + " primary key (installed_rank)");
            statement.execute(
                    "create index " + quote(PlatformMigrations.HISTORY + "_s_idx") + " on " + platform + " (success)");
            statement.execute("insert into " + platform + " select * from " + service + " where " + platformRows);
            statement.execute("delete from " + service + " where " + platformRows);
        }
        log.info(
                "Moved platform migrations {} from {} to {} (one-off upgrade, docs/adr/0008)",
                shared,
                service,
                platform);
    }

    static boolean exists(Configuration configuration, String table) {
        try (var connection = configuration.getDataSource().getConnection()) {
            return exists(connection, schema(configuration, connection), table);
        } catch (SQLException e) {
            throw new FlywayException("Could not look for " + table, e);
        }
    }

    private static boolean exists(Connection connection, String schema, String table) throws SQLException {
        try (var statement = connection.prepareStatement("select to_regclass(?) is not null")) {
            statement.setString(1, qualified(schema, table));
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        }
    }

    /** The schema Flyway keeps its history in: the default schema, else the first of the schemas, else the current. */
    private static String schema(Configuration configuration, Connection connection) throws SQLException {
        if (configuration.getDefaultSchema() != null) {
            return configuration.getDefaultSchema();
        }
        List<String> schemas = Arrays.asList(configuration.getSchemas());
        if (!schemas.isEmpty()) {
            return schemas.getFirst();
        }
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("select current_schema()")) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static String qualified(String schema, String table) {
        return quote(schema) + "." + quote(table);
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
