package dev.kabinet.platform.messaging;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The transactional outbox: an event is written to {@code outbox_event} in the same database transaction as the
 * state change that caused it, so it is published if and only if the change committed. {@link OutboxRelay} sends it
 * to Kafka afterwards. Calling this outside a transaction is a programming error and fails.
 */
public class Outbox {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final OutboxTracing tracing;

    public Outbox(JdbcTemplate jdbc, JsonMapper json, Clock clock) {
        this(jdbc, json, clock, OutboxTracing.none());
    }

    /** With {@code tracing}, every row keeps the W3C trace context of the transaction that wrote it (ADR 0030). */
    public Outbox(JdbcTemplate jdbc, JsonMapper json, Clock clock, OutboxTracing tracing) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.tracing = tracing;
    }

    /**
     * Records {@code data} as event {@code type} for {@code topic}, keyed by the account number so that one account's
     * events keep their order. Returns the event id (CloudEvents {@code id}), which consumers deduplicate on.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID publish(String topic, String accountNumber, String type, Object data) {
        var id = UUID.randomUUID();
        var now = OffsetDateTime.now(clock);
        var trace = tracing.current();
        jdbc.update(
                "insert into outbox_event (id, topic, message_key, event_type, payload, occurred_at, trace_parent,"
                        + " trace_state) values (?, ?, ?, ?, cast(? as jsonb), ?, ?, ?)",
                id,
                topic,
                accountNumber,
                type,
                json.writeValueAsString(data),
                Timestamp.from(now.toInstant()),
                trace.traceParent(),
                trace.traceState());
        return id;
    }

    /** One event of a batch: its key (the account number) and data. */
    public record Keyed(String key, Object data) {}

    /**
     * Records every event of {@code events} as type {@code type} for {@code topic} with one statement (a period close
     * writes thousands per transaction, docs/adr/0023), in the order given; otherwise as {@link #publish}.
     *
     * @return the number of events recorded
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int publishAll(String topic, String type, List<Keyed> events) {
        if (events.isEmpty()) {
            return 0;
        }
        var ids = new UUID[events.size()];
        var keys = new String[events.size()];
        var payloads = new String[events.size()];
        for (int i = 0; i < events.size(); i++) {
            ids[i] = UUID.randomUUID();
            keys[i] = events.get(i).key();
            payloads[i] = json.writeValueAsString(events.get(i).data());
        }
        var now = Timestamp.from(OffsetDateTime.now(clock).toInstant());
        var trace = tracing.current();
        Integer inserted = jdbc.execute((ConnectionCallback<Integer>) connection -> {
            try (var statement = connection.prepareStatement(
                    "insert into outbox_event (id, topic, message_key, event_type, payload, occurred_at,"
                            + " trace_parent, trace_state)"
                            + " select id, ?, message_key, ?, cast(payload as jsonb), ?, ?, ?"
                            + " from unnest(?, ?, ?) with ordinality as e(id, message_key, payload, n) order by n")) {
                statement.setString(1, topic);
                statement.setString(2, type);
                statement.setTimestamp(3, now);
                statement.setString(4, trace.traceParent());
                statement.setString(5, trace.traceState());
                statement.setArray(6, connection.createArrayOf("uuid", ids));
                statement.setArray(7, connection.createArrayOf("varchar", keys));
                statement.setArray(8, connection.createArrayOf("text", payloads));
                return statement.executeUpdate();
            }
        });
        return inserted == null ? 0 : inserted;
    }
}
