package dev.kabinet.identity.phoneconfirmation;

import dev.kabinet.platform.problem.DomainProblem;

/** The code took the allowed number of wrong entries and is locked: only a new code helps. */
public class ConfirmationAttemptsExhausted extends DomainProblem {

    public ConfirmationAttemptsExhausted(int maxAttempts) {
        super("confirmation-attempts-exhausted", maxAttempts);
    }
}
