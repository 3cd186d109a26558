package dev.kabinet.notification.deliveries;

import dev.kabinet.notification.contacts.Contacts;
import dev.kabinet.notification.messages.Messages;
import dev.kabinet.platform.security.AccountAccess;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tells the resident their reading was received: a message in the cabinet and, if they want it, an e-mail. */
@Service
public class ReadingNotifications {

    private static final Logger log = LoggerFactory.getLogger(ReadingNotifications.class);

    private final Messages messages;
    private final Contacts contacts;
    private final EmailDeliveryRepository deliveries;
    private final NoticeTemplates templates;
    private final Clock clock;

    ReadingNotifications(
            Messages messages,
            Contacts contacts,
            EmailDeliveryRepository deliveries,
            NoticeTemplates templates,
            Clock clock) {
        this.messages = messages;
        this.contacts = contacts;
        this.deliveries = deliveries;
        this.templates = templates;
        this.clock = clock;
    }

    /**
     * Records the notices of {@code reading}, delivered as event {@code eventId}. Called by the platform's listener
     * path inside the transaction that records the event in the inbox: a redelivery posts nothing and sends nothing.
     * The e-mail itself leaves later ({@link EmailSender}).
     */
    @Transactional
    public void readingReceived(UUID eventId, ReceivedReading reading) {
        var notice = templates.readingReceived(reading);
        messages.post(reading.accountNumber(), notice.subject(), notice.cabinetText(), eventId);
        contacts.emailFor(reading.accountNumber())
                .ifPresentOrElse(
                        address -> {
                            var delivery =
                                    deliveries.save(EmailDelivery.pending(eventId, address, notice, clock.instant()));
                            log.info(
                                    "Reading {} on account {}: message posted, e-mail {} pending",
                                    reading.readingId(),
                                    AccountAccess.mask(reading.accountNumber()),
                                    delivery.id());
                        },
                        () -> log.info(
                                "Reading {} on account {}: message posted, no e-mail (no address or opted out)",
                                reading.readingId(),
                                AccountAccess.mask(reading.accountNumber())));
    }
}
