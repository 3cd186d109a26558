package dev.kabinet.identity.phoneconfirmation;

import dev.kabinet.platform.problem.DomainProblem;

/** The code's time is up (ID-5): the way forward is a new code. */
public class ConfirmationCodeExpired extends DomainProblem {

    public ConfirmationCodeExpired() {
        super("confirmation-code-expired");
    }
}
