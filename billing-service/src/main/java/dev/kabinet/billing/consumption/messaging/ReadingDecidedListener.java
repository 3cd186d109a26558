package dev.kabinet.billing.consumption.messaging;

import dev.kabinet.billing.consumption.AcceptedReadings;
import dev.kabinet.platform.messaging.EventHandler;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Keeps the readings metering accepted (BL-2): each {@code metering.ReadingDecided.v1} with status ACCEPTED becomes an
 * accepted reading of its meter, dated by its submission; a refused one is not billing's concern. The platform's
 * listener path validates it against the contract and records it in the inbox with the effect.
 */
@Component
class ReadingDecidedListener implements EventHandler<ReadingDecidedV1> {

    /** This consumer's name in the inbox. */
    static final String CONSUMER = "billing.accepted-readings";

    private final AcceptedReadings readings;

    ReadingDecidedListener(AcceptedReadings readings) {
        this.readings = readings;
    }

    @Override
    public Subscription<ReadingDecidedV1> subscription() {
        return new Subscription<>("metering.readings", ReadingDecidedV1.TYPE, ReadingDecidedV1.class, CONSUMER);
    }

    @Override
    public void handle(UUID eventId, ReadingDecidedV1 event) {
        var values = event.zoneValues();
        if (!event.accepted()) {
            return;
        }
        readings.accept(
                event.readingId(),
                event.accountNumber(),
                event.meterId(),
                values,
                event.submittedAt(),
                event.channel());
    }
}
