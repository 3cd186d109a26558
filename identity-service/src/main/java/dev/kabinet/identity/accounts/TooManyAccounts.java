package dev.kabinet.identity.accounts;

import dev.kabinet.platform.problem.DomainProblem;

/**
 * account-service refused a further link: the login has as many accounts as the utility allows (ID-9; 10 by default,
 * manual 003). The resident unlinks one first.
 */
public class TooManyAccounts extends DomainProblem {

    public TooManyAccounts() {
        super("too-many-accounts");
    }
}
