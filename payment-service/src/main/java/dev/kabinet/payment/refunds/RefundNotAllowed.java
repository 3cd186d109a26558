package dev.kabinet.payment.refunds;

import dev.kabinet.platform.problem.DomainProblem;

/** The payment cannot be refunded: not paid by card through the cabinet, not confirmed by the bank, or refunded. */
public class RefundNotAllowed extends DomainProblem {

    public RefundNotAllowed() {
        super("refund-not-allowed");
    }
}
