package dev.kabinet.identity.phoneconfirmation;

import dev.kabinet.platform.problem.DomainProblem;

/** No such confirmation of the caller's (another resident's one answers the same). */
public class PhoneConfirmationNotFound extends DomainProblem {

    public PhoneConfirmationNotFound() {
        super("phone-confirmation-not-found");
    }
}
