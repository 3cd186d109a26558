package dev.kabinet.billing.closing;

import dev.kabinet.platform.problem.DomainProblem;

/** A close asked for the current or a future period: it can be closed from the first day of the next month. */
public class PeriodNotEnded extends DomainProblem {

    public PeriodNotEnded(String period) {
        super("period-not-ended", period);
    }
}
