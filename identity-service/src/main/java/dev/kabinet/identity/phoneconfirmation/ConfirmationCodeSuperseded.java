package dev.kabinet.identity.phoneconfirmation;

import dev.kabinet.platform.problem.DomainProblem;

/** A newer code went to the same phone; only the latest one works. */
public class ConfirmationCodeSuperseded extends DomainProblem {

    public ConfirmationCodeSuperseded() {
        super("confirmation-code-superseded");
    }
}
