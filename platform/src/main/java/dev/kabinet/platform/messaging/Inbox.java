package dev.kabinet.platform.messaging;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.ConnectionCallback;
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

    /** An inbox entry of a batch: the event, the consumer recording it and the event's type. */
    public record Entry(UUID eventId, String consumer, String eventType) {}

    /**
     * The batch listener's inbox write (docs/adr/0031): records every entry with one statement and returns the ones
     * recorded now, i.e. the first deliveries; an entry already in the inbox (a redelivery) is not returned. An entry
     * twice in {@code entries} is returned once.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Set<Entry> firstDeliveries(List<Entry> entries) {
        if (entries.isEmpty()) {
            return Set.of();
        }
        var ids = new UUID[entries.size()];
        var consumers = new String[entries.size()];
        var types = new String[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            ids[i] = entries.get(i).eventId();
            consumers[i] = entries.get(i).consumer();
            types[i] = entries.get(i).eventType();
        }
        return jdbc.execute((ConnectionCallback<Set<Entry>>) connection -> {
            try (var statement = connection.prepareStatement("insert into inbox_event (event_id, consumer, event_type)"
                    + " select * from unnest(?, ?, ?) on conflict do nothing returning event_id, consumer,"
                    + " event_type")) {
                statement.setArray(1, connection.createArrayOf("uuid", ids));
                statement.setArray(2, connection.createArrayOf("varchar", consumers));
                statement.setArray(3, connection.createArrayOf("varchar", types));
                var first = new HashSet<Entry>();
                try (var rows = statement.executeQuery()) {
                    while (rows.next()) {
                        first.add(new Entry(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3)));
                    }
                }
                return first;
            }
        });
    }
}
