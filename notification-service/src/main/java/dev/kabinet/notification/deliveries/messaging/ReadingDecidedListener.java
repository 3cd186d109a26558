package dev.kabinet.notification.deliveries.messaging;

import dev.kabinet.notification.contacts.Contacts;
import dev.kabinet.notification.deliveries.DecidedReading;
import dev.kabinet.notification.deliveries.ReadingNotifications;
import dev.kabinet.platform.messaging.EventHandler;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Tells the resident the back office accepted or refused their reading (NT-1, NT-3, MT-3): the cabinet always, e-mail
 * and SMS as the owner chose, the refusal with its reason. The meter is named by its serial number from the account's
 * projection (registry id when notification does not know it yet). The platform's listener path
 * (docs/adr/0005-messaging.md) validates the event against its contract, records it in the inbox with the notices,
 * and dead-letters a malformed one at once.
 */
@Component
class ReadingDecidedListener implements EventHandler<ReadingDecidedV1> {

    /** This consumer's name in the inbox. */
    static final String CONSUMER = "notification.reading-decided";

    private final ReadingNotifications notifications;
    private final Contacts contacts;

    ReadingDecidedListener(ReadingNotifications notifications, Contacts contacts) {
        this.notifications = notifications;
        this.contacts = contacts;
    }

    @Override
    public Subscription<ReadingDecidedV1> subscription() {
        return new Subscription<>("metering.readings", ReadingDecidedV1.TYPE, ReadingDecidedV1.class, CONSUMER);
    }

    @Override
    public void handle(UUID eventId, ReadingDecidedV1 event) {
        boolean accepted = event.accepted();
        var meter =
                contacts.serialNumberOf(event.accountNumber(), event.meterId()).orElse("№ " + event.meterId());
        notifications.readingDecided(
                eventId,
                new DecidedReading(
                        event.readingId(),
                        event.accountNumber(),
                        meter,
                        event.values(),
                        event.submittedAt(),
                        accepted,
                        accepted ? null : event.reason()));
    }
}
