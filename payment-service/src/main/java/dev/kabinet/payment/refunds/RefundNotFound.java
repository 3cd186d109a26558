package dev.kabinet.payment.refunds;

import dev.kabinet.platform.problem.DomainProblem;

/** No refund request of that id. */
public class RefundNotFound extends DomainProblem {

    public RefundNotFound() {
        super("refund-not-found");
    }
}
