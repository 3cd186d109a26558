package dev.kabinet.platform.messaging;

import java.util.List;
import java.util.UUID;

/**
 * An {@link EventHandler} that takes a poll's worth of events at once (docs/adr/0031): a topic with one of these is
 * read by a batch listener. The platform reads, type- and contract-checks every record of the poll as on the per-record
 * path (a malformed one goes to {@code <topic>.DLT} at once, with its reason, and does not stop the others), writes the
 * inbox entries of all of them with one statement, and calls {@link #handleAll} with the first deliveries only, in one
 * transaction with the inbox rows. When that transaction fails, the poll is applied again one record per transaction
 * through {@link #handle}, so one bad record is retried and dead-lettered on its own and the rest are applied.
 *
 * <p>{@link #handleAll} gets the events in the order they were read: one key's events (one partition) in offset order.
 * Records of other types on the same topic, handled by other handlers, are applied in the same transaction, in order:
 * the poll is cut into runs of consecutive records of one handler.
 *
 * @param <T> the consumer's record of the event's data
 */
public interface BatchEventHandler<T> extends EventHandler<T> {

    /**
     * The effect of every event of {@code events}, in their order, inside the transaction that records them in the
     * inbox. Throwing rolls back the whole batch (the platform then applies the poll one record at a time); throwing
     * {@link IncomingEvent.MalformedEvent} from there dead-letters the record at once.
     */
    void handleAll(List<Delivery<T>> events);

    /** One event on its own (the fall-back after a failed batch): a batch of one. */
    @Override
    default void handle(UUID eventId, T event) {
        handleAll(List.of(new Delivery<>(eventId, event)));
    }

    /** An event of a batch: its id (the inbox's and any outside effect's idempotency key) and its data. */
    record Delivery<T>(UUID eventId, T event) {}
}
