package dev.kabinet.billing.payments.messaging;

import dev.kabinet.billing.payments.AppliedPayments;
import dev.kabinet.billing.payments.PaymentTopics;
import dev.kabinet.platform.messaging.EventHandler;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Credits the payments made elsewhere — at a bank, a post office — that the back office received (BO-3, docs/adr/0029):
 * {@code backoffice.PaymentReceived.v1} on {@code backoffice.payments}, through the same {@link AppliedPayments} as a
 * card payment, so a payment id is credited once whichever way it came.
 */
@Component
class PaymentReceivedListener implements EventHandler<PaymentV1> {

    /** This consumer's name in the inbox. */
    static final String CONSUMER = "billing.backoffice-payments";

    private final AppliedPayments payments;

    PaymentReceivedListener(AppliedPayments payments) {
        this.payments = payments;
    }

    @Override
    public Subscription<PaymentV1> subscription() {
        return new Subscription<>(PaymentTopics.BACKOFFICE, PaymentV1.BACKOFFICE_TYPE, PaymentV1.class, CONSUMER);
    }

    @Override
    public void handle(UUID eventId, PaymentV1 event) {
        payments.apply(eventId, PaymentV1.BACKOFFICE_TYPE, event.toPayment());
    }
}
