package dev.kabinet.account.links;

import dev.kabinet.platform.problem.DomainProblem;

/** The account already has as many logins as the utility allows (ID-1): the owner adds it at an office. */
public class AccountAlreadyRegistered extends DomainProblem {

    public AccountAlreadyRegistered() {
        super("account-already-registered");
    }
}
