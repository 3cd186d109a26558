package dev.kabinet.billing.payments.messaging;

import dev.kabinet.billing.payments.AppliedPayments;
import dev.kabinet.platform.messaging.EventHandler;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Credits the card payments the bank confirmed (issue #9, docs/adr/0029): {@code payment.PaymentConfirmed.v1} on
 * {@code payment.payments}. The platform's listener path validates it against the contract and records the event in the
 * inbox with the credit; {@link AppliedPayments} credits each payment id once.
 */
@Component
class PaymentConfirmedListener implements EventHandler<PaymentV1> {

    /** This consumer's name in the inbox. */
    static final String CONSUMER = "billing.payments";

    static final String TOPIC = "payment.payments";

    private final AppliedPayments payments;

    PaymentConfirmedListener(AppliedPayments payments) {
        this.payments = payments;
    }

    @Override
    public Subscription<PaymentV1> subscription() {
        return new Subscription<>(TOPIC, PaymentV1.TYPE, PaymentV1.class, CONSUMER);
    }

    @Override
    public void handle(UUID eventId, PaymentV1 event) {
        payments.apply(eventId, PaymentV1.TYPE, event.toPayment());
    }
}
