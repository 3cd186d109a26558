package dev.kabinet.notification.payments;

import dev.kabinet.notification.bills.Bills;
import dev.kabinet.notification.contacts.Contacts;
import dev.kabinet.notification.deliveries.Channel;
import dev.kabinet.notification.deliveries.Deliveries;
import dev.kabinet.notification.deliveries.FiscalReceipt;
import dev.kabinet.notification.deliveries.Language;
import dev.kabinet.notification.deliveries.NoticeTemplates;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The payment confirmation (NT-5, docs/adr/0035): one message per payment, sent when its fiscal e-receipt (54-FZ) is
 * issued — to the e-mail the payer gave (HTML and text: sum, date, account, FD, FP, FN, the receipt's link), else as an
 * SMS with the link to the phone they gave, whatever the informing preferences (the law asks for the receipt) — and in
 * the cabinet. It is urgent: the payer has just paid and waits for it, so neither the quiet hours nor the rate limit
 * hold it back. {@code payment.PaymentConfirmed.v1} sends nothing: it would be a second message about the same payment.
 * The payment lowers the debt the reminders know of.
 */
@Service
public class PaymentNotifications {

    private final Contacts contacts;
    private final Deliveries deliveries;
    private final NoticeTemplates templates;
    private final Bills bills;

    PaymentNotifications(Contacts contacts, Deliveries deliveries, NoticeTemplates templates, Bills bills) {
        this.contacts = contacts;
        this.deliveries = deliveries;
        this.templates = templates;
        this.bills = bills;
    }

    /** Records the confirmation of the payment of {@code receipt}, as event {@code eventId}. */
    @Transactional
    public List<Channel> fiscalReceiptIssued(UUID eventId, FiscalReceipt receipt) {
        var language = contacts.of(receipt.accountNumber())
                .map(contact -> Language.of(contact.language()))
                .orElse(Language.RU);
        var notice = templates.paymentReceipt(receipt, language);
        bills.paid(receipt.accountNumber(), receipt.amountKopecks());
        return deliveries.deliverDirect(
                eventId, receipt.accountNumber(), receipt.email(), receipt.phone(), notice, true);
    }
}
