package dev.kabinet.payment.payments;

/** A move the state machine of {@link PaymentStatus} does not allow: a programming error or a word to ignore. */
public class PaymentTransitionRefused extends IllegalStateException {

    private final PaymentStatus from;
    private final PaymentStatus to;

    public PaymentTransitionRefused(PaymentStatus from, PaymentStatus to) {
        super("A payment does not move from " + from + " to " + to);
        this.from = from;
        this.to = to;
    }

    public PaymentStatus from() {
        return from;
    }

    public PaymentStatus to() {
        return to;
    }
}
