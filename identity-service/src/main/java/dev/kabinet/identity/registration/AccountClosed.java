package dev.kabinet.identity.registration;

import dev.kabinet.platform.problem.DomainProblem;

/** The owner's account is closed (said only after ownership was proven): registration goes through an office. */
public class AccountClosed extends DomainProblem {

    public AccountClosed() {
        super("registration-account-closed");
    }
}
