package dev.kabinet.payment.payments;

import dev.kabinet.platform.problem.DomainProblem;

/** A bank callback without a valid checksum, or naming no order the cabinet sent: nothing is changed. */
public class CallbackNotVerified extends DomainProblem {

    public CallbackNotVerified() {
        super("callback-not-verified");
    }
}
