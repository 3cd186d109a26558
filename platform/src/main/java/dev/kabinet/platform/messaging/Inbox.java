package dev.kabinet.platform.messaging;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The idempotent-consumer inbox: a consumer records the event id in the same transaction as the event's effect. The
 * first delivery inserts the row and goes on; a redelivery finds it and must do nothing.
 */
public class Inbox {

    private final JdbcTemplate jdbc;

    public Inbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** True the first time {@code consumer} sees {@code eventId}; false for every redelivery. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean firstDelivery(UUID eventId, String consumer, String eventType) {
        return jdbc.update(
                        "insert into inbox_event (event_id, consumer, event_type) values (?, ?, ?)"
                                + " on conflict do nothing",
                        eventId,
                        consumer,
                        eventType)
                == 1;
    }
}
