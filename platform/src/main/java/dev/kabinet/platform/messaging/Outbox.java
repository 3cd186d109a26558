package dev.kabinet.platform.messaging;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
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

    public Outbox(JdbcTemplate jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Records {@code data} as event {@code type} for {@code topic}, keyed by the account number so that one account's
     * events keep their order. Returns the event id (CloudEvents {@code id}), which consumers deduplicate on.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID publish(String topic, String accountNumber, String type, Object data) {
        var id = UUID.randomUUID();
        var now = OffsetDateTime.now(clock);
        jdbc.update(
                "insert into outbox_event (id, topic, message_key, event_type, payload, occurred_at)"
                        + " values (?, ?, ?, ?, cast(? as jsonb), ?)",
                id,
                topic,
                accountNumber,
                type,
                json.writeValueAsString(data),
                Timestamp.from(now.toInstant()));
        return id;
    }
}
