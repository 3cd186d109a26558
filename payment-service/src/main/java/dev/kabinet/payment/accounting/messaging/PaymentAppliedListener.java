package dev.kabinet.payment.accounting.messaging;

import dev.kabinet.payment.accounting.BillingAccounting;
import dev.kabinet.platform.messaging.EventHandler;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Moves a card payment to ACCOUNTED («оплачено», PY-4) when billing tells it credited it: {@code billing.PaymentApplied.v1}
 * on {@code billing.payments} (docs/adr/0029). The platform's listener path validates it against the contract and
 * records it in the inbox with the move.
 */
@Component
class PaymentAppliedListener implements EventHandler<PaymentAppliedV1> {

    /** This consumer's name in the inbox (docs/adr/0022). */
    static final String CONSUMER = "payment.accounted";

    private final BillingAccounting accounting;

    PaymentAppliedListener(BillingAccounting accounting) {
        this.accounting = accounting;
    }

    @Override
    public Subscription<PaymentAppliedV1> subscription() {
        return new Subscription<>(PaymentAppliedV1.TOPIC, PaymentAppliedV1.TYPE, PaymentAppliedV1.class, CONSUMER);
    }

    @Override
    public void handle(UUID eventId, PaymentAppliedV1 event) {
        event.requireFields();
        accounting.accounted(event.paymentId(), event.accountNumber(), event.appliedAt());
    }
}
