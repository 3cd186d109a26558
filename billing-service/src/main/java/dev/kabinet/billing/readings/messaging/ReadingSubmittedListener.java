package dev.kabinet.billing.readings.messaging;

import dev.kabinet.billing.previews.ChargePreviews;
import dev.kabinet.platform.messaging.EventHandler;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Prices each reading metering publishes (MT-7). The platform's listener path (docs/adr/0005-messaging.md) skips other
 * event types, dead-letters at once an event that breaks the contract, records the event in the inbox with the
 * preview, and retries a missing tariff before dead-lettering it.
 */
@Component
class ReadingSubmittedListener implements EventHandler<ReadingSubmittedV1> {

    /** This consumer's name in the inbox. */
    static final String CONSUMER = "billing.charge-preview";

    private final ChargePreviews previews;

    ReadingSubmittedListener(ChargePreviews previews) {
        this.previews = previews;
    }

    @Override
    public Subscription<ReadingSubmittedV1> subscription() {
        return new Subscription<>("metering.readings", ReadingSubmittedV1.TYPE, ReadingSubmittedV1.class, CONSUMER);
    }

    @Override
    public void handle(UUID eventId, ReadingSubmittedV1 event) {
        previews.previewCharge(eventId, event.toSubmittedReading());
    }
}
