package dev.kabinet.e2e.fuzz;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every row of every table of every service database ({@code kabinet_<service>} on the stack's PostgreSQL), as text,
 * so two snapshots say exactly which rows appeared, disappeared or changed. The demo databases are small (hundreds of
 * rows), so whole rows are kept rather than checksums: a difference can be shown, not only detected.
 */
final class DatabaseSnapshot {

    /**
     * Tables the stack writes on its own, whatever the requests: none is skipped silently. Inbox and outbox are NOT
     * here: they are written only on an effect (an accepted reading ...), and a hostile request must have none.
     */
    static final Map<String, String> EXCLUDED = Map.of(
            "flyway_schema_history",
            "Flyway's migration history: written only when a service starts and migrates its schema, never by a request;"
                    + " another session restarting a service during the run is not the fuzz's doing");

    /**
     * Columns a background job of the stack updates on rows an earlier effect created, whatever the requests: they are
     * left out of the comparison, the rest of each row (and every row appearing or disappearing) still counts.
     */
    static final Map<String, List<String>> BACKGROUND_COLUMNS = Map.of(
            "delivery", List.of("status", "attempts", "last_error", "next_attempt_at", "sent_at", "version"),
            "outbox_event", List.of("published_at"));

    static final Map<String, String> BACKGROUND_REASONS = Map.of(
            "delivery",
            "notification-service's sender sends and retries e-mails and SMS queued by earlier readings on its own"
                    + " schedule (issue #11: the former email_delivery)",
            "outbox_event",
            "the outbox relay marks events of earlier effects published when the broker acknowledges them");

    /** Rows per table ({@code kabinet_metering.public.reading}), each row's text with how often it occurs. */
    private final Map<String, Map<String, Integer>> tables;

    private DatabaseSnapshot(Map<String, Map<String, Integer>> tables) {
        this.tables = tables;
    }

    static DatabaseSnapshot take(FuzzSettings settings, List<String> services) {
        Map<String, Map<String, Integer>> tables = new TreeMap<>();
        for (String service : services) {
            String database = "kabinet_" + service;
            String url = "jdbc:postgresql://" + settings.dbHost() + ":" + settings.dbPort() + "/" + database;
            try (Connection connection = DriverManager.getConnection(url, settings.dbUser(), settings.dbPassword());
                    Statement statement = connection.createStatement()) {
                connection.setReadOnly(true);
                List<String[]> tablesOfDatabase = new ArrayList<>();
                try (ResultSet rs =
                        statement.executeQuery("select table_schema, table_name from information_schema.tables"
                                + " where table_type = 'BASE TABLE'"
                                + " and table_schema not in ('pg_catalog', 'information_schema')"
                                + " order by 1, 2")) {
                    while (rs.next()) {
                        if (!EXCLUDED.containsKey(rs.getString(2))) {
                            tablesOfDatabase.add(new String[] {rs.getString(1), rs.getString(2)});
                        }
                    }
                }
                for (String[] table : tablesOfDatabase) {
                    String name = quote(table[0]) + "." + quote(table[1]);
                    Map<String, Integer> rows = new HashMap<>();
                    try (ResultSet rs = statement.executeQuery(rowsQuery(connection, table[0], table[1]))) {
                        while (rs.next()) {
                            rows.merge(rs.getString(1), 1, Integer::sum);
                        }
                    }
                    tables.put(database + "." + name.replace("\"", ""), rows);
                }
            } catch (SQLException e) {
                throw new AssertionError(
                        "Cannot read " + url + " as " + settings.dbUser()
                                + " (set KABINET_DB_HOST/KABINET_DB_PORT, KABINET_FUZZ_DB_USER/KABINET_FUZZ_DB_PASSWORD): "
                                + e,
                        e);
            }
        }
        return new DatabaseSnapshot(tables);
    }

    /** One line per table: its rows. */
    Map<String, Integer> rowCounts() {
        Map<String, Integer> counts = new TreeMap<>();
        tables.forEach((table, rows) -> counts.put(
                table, rows.values().stream().mapToInt(Integer::intValue).sum()));
        return counts;
    }

    /** What differs from {@code before}, table by table (empty when nothing changed). */
    List<String> differencesFrom(DatabaseSnapshot before) {
        List<String> differences = new ArrayList<>();
        var names = new java.util.TreeSet<>(tables.keySet());
        names.addAll(before.tables.keySet());
        for (String table : names) {
            Map<String, Integer> now = tables.getOrDefault(table, Map.of());
            Map<String, Integer> then = before.tables.getOrDefault(table, Map.of());
            if (!tables.containsKey(table) || !before.tables.containsKey(table)) {
                differences.add(table + ": table " + (tables.containsKey(table) ? "appeared" : "disappeared"));
                continue;
            }
            List<String> added = minus(now, then);
            List<String> removed = minus(then, now);
            if (!added.isEmpty() || !removed.isEmpty()) {
                var text = new StringBuilder(table + ": " + count(then) + " rows before, " + count(now) + " after");
                added.stream().limit(10).forEach(row -> text.append("\n    + ").append(FuzzCase.printable(row, 300)));
                removed.stream().limit(10).forEach(row -> text.append("\n    - ")
                        .append(FuzzCase.printable(row, 300)));
                if (added.size() + removed.size() > 20) {
                    text.append("\n    … ")
                            .append(added.size())
                            .append(" rows new or changed, ")
                            .append(removed.size())
                            .append(" gone or changed");
                }
                differences.add(text.toString());
            }
        }
        return differences;
    }

    /** Each row as text; for a table with background columns, the row without them. */
    private static String rowsQuery(Connection connection, String schema, String table) throws SQLException {
        String name = quote(schema) + "." + quote(table);
        List<String> skipped = BACKGROUND_COLUMNS.get(table);
        if (skipped == null) {
            return "select t::text from " + name + " t";
        }
        List<String> columns = new ArrayList<>();
        try (var ps = connection.prepareStatement("select column_name from information_schema.columns"
                + " where table_schema = ? and table_name = ? order by ordinal_position")) {
            ps.setString(1, schema);
            ps.setString(2, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!skipped.contains(rs.getString(1))) {
                        columns.add("t." + quote(rs.getString(1)));
                    }
                }
            }
        }
        return "select row(" + String.join(", ", columns) + ")::text from " + name + " t";
    }

    private static List<String> minus(Map<String, Integer> a, Map<String, Integer> b) {
        List<String> rows = new ArrayList<>();
        a.forEach((row, n) -> {
            for (int i = b.getOrDefault(row, 0); i < n; i++) {
                rows.add(row);
            }
        });
        rows.sort(null);
        return rows;
    }

    private static int count(Map<String, Integer> rows) {
        return rows.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
