package dev.kabinet.metering.readings.messaging;

import dev.kabinet.metering.readings.Channel;
import dev.kabinet.metering.readings.ReadingInvalid;
import dev.kabinet.metering.readings.Readings;
import dev.kabinet.metering.system.KafkaTopics;
import dev.kabinet.platform.messaging.EventHandler;
import dev.kabinet.platform.messaging.IncomingEvent.MalformedEvent;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Keeps the readings the utility took outside the portal (BO-2, MT-3, MT-5) from {@code backoffice.readings} as the
 * meters' accepted history, once per reading id (the back office re-sends its history freely). Values that do not fit
 * the meter are dead-lettered at once ({@code invalid-record: /values do not fit the meter}). A meter metering does
 * not know (yet) fails and is retried, then dead-lettered: the account's meters come on {@code account.accounts}, which
 * may be read a moment later than the history when both are replayed.
 */
@Component
class ReadingTakenListener implements EventHandler<ReadingTakenV1> {

    /** This consumer's name in the inbox. */
    static final String CONSUMER = "metering.backoffice-readings";

    private final Readings readings;

    ReadingTakenListener(Readings readings) {
        this.readings = readings;
    }

    @Override
    public Subscription<ReadingTakenV1> subscription() {
        return new Subscription<>(KafkaTopics.BACKOFFICE_READINGS, ReadingTakenV1.TYPE, ReadingTakenV1.class, CONSUMER);
    }

    @Override
    public void handle(UUID eventId, ReadingTakenV1 event) {
        try {
            readings.record(
                    event.readingId(),
                    event.accountNumber(),
                    event.meterId(),
                    event.values(),
                    Channel.valueOf(event.channel()),
                    event.takenAt());
        } catch (ReadingInvalid e) {
            throw new MalformedEvent("invalid-record: /values do not fit the meter", e);
        }
    }
}
