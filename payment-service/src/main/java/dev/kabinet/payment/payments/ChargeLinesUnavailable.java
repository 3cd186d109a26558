package dev.kabinet.payment.payments;

import dev.kabinet.platform.problem.DomainProblem;

/** Billing could not say which charge lines the account has: no payment is started (PY-1). */
public class ChargeLinesUnavailable extends DomainProblem {

    public ChargeLinesUnavailable(Throwable cause) {
        super("charge-lines-unavailable");
        initCause(cause);
    }
}
