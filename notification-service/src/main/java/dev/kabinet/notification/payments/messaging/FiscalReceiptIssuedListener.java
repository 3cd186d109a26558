package dev.kabinet.notification.payments.messaging;

import dev.kabinet.notification.payments.PaymentNotifications;
import dev.kabinet.platform.messaging.EventHandler;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The payment confirmation with its fiscal e-receipt (NT-5): each {@code payment.FiscalReceiptIssued.v1} on
 * {@code payment.payments}. {@code payment.PaymentConfirmed.v1} on the same topic is skipped: one message per payment
 * (docs/adr/0035).
 */
@Component
class FiscalReceiptIssuedListener implements EventHandler<FiscalReceiptIssuedV1> {

    /** This consumer's name in the inbox. */
    static final String CONSUMER = "notification.fiscal-receipt";

    static final String TOPIC = "payment.payments";

    private final PaymentNotifications notifications;

    FiscalReceiptIssuedListener(PaymentNotifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public Subscription<FiscalReceiptIssuedV1> subscription() {
        return new Subscription<>(TOPIC, FiscalReceiptIssuedV1.TYPE, FiscalReceiptIssuedV1.class, CONSUMER);
    }

    @Override
    public void handle(UUID eventId, FiscalReceiptIssuedV1 event) {
        notifications.fiscalReceiptIssued(eventId, event.toFiscalReceipt());
    }
}
