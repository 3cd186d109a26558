package dev.kabinet.identity.phoneconfirmation;

import dev.kabinet.platform.problem.DomainProblem;

/** The code was already entered correctly: a code confirms once. */
public class PhoneConfirmationAlreadyUsed extends DomainProblem {

    public PhoneConfirmationAlreadyUsed() {
        super("phone-confirmation-used");
    }
}
