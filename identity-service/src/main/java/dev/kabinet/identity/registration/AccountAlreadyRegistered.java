package dev.kabinet.identity.registration;

import dev.kabinet.platform.problem.DomainProblem;

/**
 * The account already has a login (said only after ownership was proven): log in, recover the password, or visit an
 * office (ID-1).
 */
public class AccountAlreadyRegistered extends DomainProblem {

    public AccountAlreadyRegistered() {
        super("registration-account-registered");
    }
}
