package dev.kabinet.billing.settlements;

import dev.kabinet.platform.problem.DomainProblem;

/** A penalty asked for a day after today or before the key-rate history billing holds (BL-5): nothing to count. */
public class PenaltyDateOutOfRange extends DomainProblem {

    public PenaltyDateOutOfRange() {
        super("penalty-date-out-of-range");
    }
}
