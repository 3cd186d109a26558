package dev.kabinet.notification.deliveries;

import dev.kabinet.notification.contacts.Contact;
import dev.kabinet.notification.contacts.Contacts;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the resident about their readings (NT-1, MT-3): received for processing (cabinet and e-mail), then accepted or
 * refused with the back office's reason (cabinet, e-mail, SMS), each in the owner's language on the channels they
 * chose.
 */
@Service
public class ReadingNotifications {

    private final Contacts contacts;
    private final Deliveries deliveries;
    private final NoticeTemplates templates;

    ReadingNotifications(Contacts contacts, Deliveries deliveries, NoticeTemplates templates) {
        this.contacts = contacts;
        this.deliveries = deliveries;
        this.templates = templates;
    }

    /**
     * Records the notices of {@code reading}, delivered as event {@code eventId}. Called by the platform's listener
     * path inside the transaction that records the event in the inbox: a redelivery posts nothing and sends nothing.
     * No SMS: a reading taken for processing is not worth one.
     */
    @Transactional
    public void readingReceived(UUID eventId, ReceivedReading reading) {
        var contact = contacts.of(reading.accountNumber()).orElse(null);
        var notice = templates.readingReceived(reading, languageOf(contact));
        deliveries.deliver(eventId, reading.accountNumber(), contact, notice);
    }

    /** Records the notices of the back office's decision on a reading, as event {@code eventId}. */
    @Transactional
    public void readingDecided(UUID eventId, DecidedReading reading) {
        var contact = contacts.of(reading.accountNumber()).orElse(null);
        var notice = templates.readingDecided(reading, languageOf(contact));
        deliveries.deliver(eventId, reading.accountNumber(), contact, notice);
    }

    private static Language languageOf(Contact contact) {
        return contact == null ? Language.RU : Language.of(contact.language());
    }
}
