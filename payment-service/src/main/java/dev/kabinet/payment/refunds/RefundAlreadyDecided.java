package dev.kabinet.payment.refunds;

import dev.kabinet.platform.problem.DomainProblem;

/** The request was approved, rejected or refunded already; it is decided once. */
public class RefundAlreadyDecided extends DomainProblem {

    public RefundAlreadyDecided() {
        super("refund-already-decided");
    }
}
