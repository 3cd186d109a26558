package dev.kabinet.notification.deliveries.messaging;

import dev.kabinet.notification.deliveries.ReadingNotifications;
import dev.kabinet.platform.messaging.EventHandler;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Tells the resident each reading metering publishes was received (NT-1). The platform's listener path
 * (docs/adr/0005-messaging.md) skips other event types, dead-letters at once an event that breaks the contract,
 * records the event in the inbox with the notices, and retries other failures before dead-lettering them.
 */
@Component
class ReadingSubmittedListener implements EventHandler<ReadingSubmittedV1> {

    /** This consumer's name in the inbox. */
    static final String CONSUMER = "notification.reading-received";

    private final ReadingNotifications notifications;

    ReadingSubmittedListener(ReadingNotifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public Subscription<ReadingSubmittedV1> subscription() {
        return new Subscription<>("metering.readings", ReadingSubmittedV1.TYPE, ReadingSubmittedV1.class, CONSUMER);
    }

    @Override
    public void handle(UUID eventId, ReadingSubmittedV1 event) {
        notifications.readingReceived(eventId, event.toReceivedReading());
    }
}
