package dev.kabinet.billing.closing;

import dev.kabinet.platform.problem.DomainProblem;

/** No close of that period was started. */
public class PeriodCloseNotFound extends DomainProblem {

    public PeriodCloseNotFound(String period) {
        super("period-close-not-found", period);
    }
}
