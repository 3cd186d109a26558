package dev.kabinet.notification.deliveries;

import dev.kabinet.notification.contacts.Contact;
import dev.kabinet.notification.messages.Messages;
import dev.kabinet.platform.security.AccountAccess;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the deliveries of a notice (NT-1): the in-cabinet message always, the e-mail when the owner wants informing by
 * e-mail and has an address, the SMS when they want it by SMS, have a phone and the notice has an SMS text. Runs in
 * the transaction of the event (its inbox entry): a redelivered event records nothing, and the event id with the
 * channel is unique besides. E-mails and SMS leave afterwards ({@link DeliverySender}); an SMS recorded in the quiet
 * hours is due at their end.
 */
@Service
public class Deliveries {

    private static final Logger log = LoggerFactory.getLogger(Deliveries.class);
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

    private final DeliveryRepository repository;
    private final Messages messages;
    private final QuietHours quietHours;
    private final Clock clock;

    Deliveries(DeliveryRepository repository, Messages messages, QuietHours quietHours, Clock clock) {
        this.repository = repository;
        this.messages = messages;
        this.quietHours = quietHours;
        this.clock = clock;
    }

    /**
     * Delivers {@code notice} about {@code accountNumber} because of event {@code eventId} on every channel the
     * owner's {@code contact} asks for (none known: the cabinet only).
     *
     * @return the channels recorded
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Channel> deliver(UUID eventId, String accountNumber, @Nullable Contact contact, Notice notice) {
        var now = clock.instant();
        var channels = new ArrayList<Channel>();
        messages.post(accountNumber, notice.subject(), notice.cabinetText(), eventId);
        repository.save(Delivery.cabinet(eventId, accountNumber, notice, now));
        channels.add(Channel.CABINET);
        if (contact != null && contact.wantsEmail()) {
            repository.save(Delivery.email(eventId, accountNumber, contact.email(), notice, now));
            channels.add(Channel.EMAIL);
        }
        if (contact != null && contact.wantsSms() && !notice.smsText().isBlank()) {
            repository.save(
                    Delivery.sms(eventId, accountNumber, contact.phone(), notice, now, quietHours.nextAllowed(now)));
            channels.add(Channel.SMS);
        }
        log.info(
                "Event {} on account {}: {} recorded for {}",
                eventId,
                AccountAccess.mask(accountNumber),
                notice.template(),
                channels);
        return channels;
    }

    /**
     * NT-4: the e-bill to the owner's address, its PDF attached when it leaves, and a cabinet message saying so.
     *
     * @return the channels recorded
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Channel> deliverEBill(UUID eventId, IssuedReceipt receipt, String email, Notice notice) {
        var now = clock.instant();
        messages.post(receipt.accountNumber(), notice.subject(), notice.cabinetText(), eventId);
        repository.save(Delivery.cabinet(eventId, receipt.accountNumber(), notice, now));
        repository.save(Delivery.email(eventId, receipt.accountNumber(), email, notice, now)
                .withAttachment(receipt.attachment()));
        log.info(
                "Event {} on account {}: {} recorded",
                eventId,
                AccountAccess.mask(receipt.accountNumber()),
                notice.template());
        return List.of(Channel.CABINET, Channel.EMAIL);
    }

    /**
     * A notice to the address or phone an event names itself (NT-5: the payer's, whatever the preferences): by e-mail
     * when there is an address, else by SMS; and, when {@code accountNumber} is known, in the cabinet. {@code urgent}
     * (NT-2 security notices) leaves regardless of the quiet hours and the rate limit.
     *
     * @return the channels recorded
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Channel> deliverDirect(
            UUID eventId,
            @Nullable String accountNumber,
            @Nullable String email,
            @Nullable String phone,
            Notice notice,
            boolean urgent) {
        var now = clock.instant();
        var channels = new ArrayList<Channel>();
        if (accountNumber != null) {
            messages.post(accountNumber, notice.subject(), notice.cabinetText(), eventId);
            repository.save(Delivery.cabinet(eventId, accountNumber, notice, now));
            channels.add(Channel.CABINET);
        }
        if (email != null && !email.isBlank()) {
            var delivery = Delivery.email(eventId, accountNumber, email, notice, now);
            repository.save(urgent ? delivery.urgent() : delivery);
            channels.add(Channel.EMAIL);
        } else if (phone != null && !phone.isBlank() && !notice.smsText().isBlank()) {
            var delivery = Delivery.sms(
                    eventId, accountNumber, phone, notice, now, urgent ? now : quietHours.nextAllowed(now));
            repository.save(urgent ? delivery.urgent() : delivery);
            channels.add(Channel.SMS);
        }
        log.info(
                "Event {}{}: {} recorded for {}",
                eventId,
                accountNumber == null ? "" : " on account " + AccountAccess.mask(accountNumber),
                notice.template(),
                channels);
        return channels;
    }

    /** Page {@code page} (from 0) of the account's deliveries on every channel, newest first (NT-1 history). */
    @Transactional(readOnly = true)
    public List<Delivery> of(String accountNumber, int page, int size) {
        return repository.findByAccountNumber(accountNumber, PageRequest.of(page, size, NEWEST_FIRST));
    }

    /** The deliveries of one event, one per channel. */
    @Transactional(readOnly = true)
    public List<Delivery> ofEvent(UUID eventId) {
        return repository.findByEventId(eventId);
    }
}
