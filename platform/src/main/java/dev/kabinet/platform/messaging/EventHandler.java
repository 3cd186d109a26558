package dev.kabinet.platform.messaging;

import java.util.UUID;

/**
 * What a consumer writes to handle one event type: a Spring bean implementing this. The platform does the rest
 * ({@link EventListeners}): it subscribes the service's consumer group to the topic, reads the CloudEvent, skips the
 * types no handler takes, validates the data against its contract in {@code contracts/events} before any effect,
 * reads it into {@code T} (the consumer's own record with only the fields it reads), and calls {@link #handle} in a
 * transaction that also records the event id in the inbox, so a redelivery does nothing. A malformed or
 * contract-breaking event goes to {@code <topic>.DLT} at once with the reason; any other failure is retried a bounded
 * number of times, then dead-lettered.
 *
 * @param <T> the consumer's record of the event's data
 */
public interface EventHandler<T> {

    /** Which events this handler takes and under which name it records them in the inbox. */
    Subscription<T> subscription();

    /**
     * The event's effect, inside the transaction that records {@code eventId} in the inbox. A side effect outside the
     * database (an e-mail) carries {@code eventId} as its idempotency key. Throwing {@link
     * IncomingEvent.MalformedEvent} dead-letters the event at once; any other exception is retried.
     */
    void handle(UUID eventId, T event);

    /**
     * @param topic the topic the producer declares, e.g. {@code metering.readings}
     * @param type the logical CloudEvents type, e.g. {@code metering.ReadingSubmitted.v1}
     * @param dataType the consumer's record of the data
     * @param consumer this handler's name in the inbox, e.g. {@code billing.charge-preview}
     */
    record Subscription<T>(String topic, String type, Class<T> dataType, String consumer) {}
}
