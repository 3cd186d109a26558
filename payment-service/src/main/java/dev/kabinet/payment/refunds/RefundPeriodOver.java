package dev.kabinet.payment.refunds;

import dev.kabinet.platform.problem.DomainProblem;

/** The payment was made more days ago than the utility allows refunds for. */
public class RefundPeriodOver extends DomainProblem {

    public RefundPeriodOver(int days) {
        super("refund-period-over", days);
    }
}
