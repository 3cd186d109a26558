package dev.kabinet.notification.bills.messaging;

import dev.kabinet.notification.bills.Bills;
import dev.kabinet.platform.messaging.EventHandler;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The monthly bill by e-mail (NT-4) and the debt it leaves, for the reminders (NT-3): each
 * {@code billing.ReceiptIssued.v1} on {@code billing.period-closes}. The platform's listener path
 * (docs/adr/0005-messaging.md) validates it against its contract and records it in the inbox with its effect;
 * {@code billing.PeriodClosed.v1} on the same topic is another consumer's business and skipped.
 */
@Component
class ReceiptIssuedListener implements EventHandler<ReceiptIssuedV1> {

    /** This consumer's name in the inbox. */
    static final String CONSUMER = "notification.receipt-issued";

    static final String TOPIC = "billing.period-closes";

    private final Bills bills;

    ReceiptIssuedListener(Bills bills) {
        this.bills = bills;
    }

    @Override
    public Subscription<ReceiptIssuedV1> subscription() {
        return new Subscription<>(TOPIC, ReceiptIssuedV1.TYPE, ReceiptIssuedV1.class, CONSUMER);
    }

    @Override
    public void handle(UUID eventId, ReceiptIssuedV1 event) {
        bills.issued(eventId, event.toIssuedReceipt());
    }
}
