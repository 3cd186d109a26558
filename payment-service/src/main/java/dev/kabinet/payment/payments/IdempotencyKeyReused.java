package dev.kabinet.payment.payments;

import dev.kabinet.platform.problem.DomainProblem;

/** A create with an {@code Idempotency-Key} already used on this account for another payment request. */
public class IdempotencyKeyReused extends DomainProblem {

    public IdempotencyKeyReused() {
        super("idempotency-key-reused");
    }
}
