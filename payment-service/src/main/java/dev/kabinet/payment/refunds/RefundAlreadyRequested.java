package dev.kabinet.payment.refunds;

import dev.kabinet.platform.problem.DomainProblem;

/** The payment has a refund request that is open or done already. */
public class RefundAlreadyRequested extends DomainProblem {

    public RefundAlreadyRequested() {
        super("refund-already-requested");
    }
}
