package dev.kabinet.metering.readings.messaging;

import dev.kabinet.metering.readings.ReadingAlreadyDecided;
import dev.kabinet.metering.readings.ReadingNotFound;
import dev.kabinet.metering.readings.Readings;
import dev.kabinet.metering.system.KafkaTopics;
import dev.kabinet.platform.messaging.EventHandler;
import dev.kabinet.platform.messaging.IncomingEvent.MalformedEvent;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Applies the back office's decisions on readings (BO-2, MT-3) from {@code backoffice.reading-decisions}: the reading
 * moves from {@code IN_PROCESSING} to {@code ACCEPTED} or {@code REJECTED} with the back office's reason, and
 * {@code metering.ReadingDecided.v1} goes out through the outbox in the same transaction. The platform's listener path
 * (docs/adr/0005-messaging.md) records the event id in the inbox (a redelivery does nothing) and dead-letters a
 * malformed or contract-breaking record at once. A repeat of the decision the reading already has changes nothing; a
 * decision for a reading the account does not have ({@code invalid-record: /readingId unknown reading}) or contradicting
 * the one taken ({@code invalid-record: /decision reading already decided}) is dead-lettered at once.
 */
@Component
class ReadingDecisionListener implements EventHandler<ReadingDecisionV1> {

    /** This consumer's name in the inbox. */
    static final String CONSUMER = "metering.reading-decisions";

    private final Readings readings;

    ReadingDecisionListener(Readings readings) {
        this.readings = readings;
    }

    @Override
    public Subscription<ReadingDecisionV1> subscription() {
        return new Subscription<>(
                KafkaTopics.READING_DECISIONS, ReadingDecisionV1.TYPE, ReadingDecisionV1.class, CONSUMER);
    }

    @Override
    public void handle(UUID eventId, ReadingDecisionV1 event) {
        try {
            readings.decide(
                    event.accountNumber(),
                    event.meterId(),
                    event.readingId(),
                    event.accepted(),
                    event.reasonCode(),
                    event.reason(),
                    event.decidedAt());
        } catch (ReadingNotFound e) {
            throw new MalformedEvent("invalid-record: /readingId unknown reading", e);
        } catch (ReadingAlreadyDecided e) {
            throw new MalformedEvent("invalid-record: /decision reading already decided", e);
        }
    }
}
