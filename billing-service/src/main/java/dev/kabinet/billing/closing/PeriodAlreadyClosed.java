package dev.kabinet.billing.closing;

import dev.kabinet.platform.problem.DomainProblem;

/** A close asked for a period closed already: its receipts are issued, nothing is charged again. */
public class PeriodAlreadyClosed extends DomainProblem {

    public PeriodAlreadyClosed(String period) {
        super("period-already-closed", period);
    }
}
