package dev.kabinet.billing.payments;

/**
 * A payment for an account billing does not know (yet): its projection from {@code account.accounts} may lag behind
 * the payment, so the event is retried, and dead-lettered after its retries for an operator (docs/adr/0029). Never
 * credited blind: the lines of an unknown account cannot be checked.
 */
public class PaymentAccountUnknown extends RuntimeException {

    public PaymentAccountUnknown() {
        super("Payment for an account billing does not know");
    }
}
