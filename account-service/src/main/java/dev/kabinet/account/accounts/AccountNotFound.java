package dev.kabinet.account.accounts;

import dev.kabinet.platform.problem.DomainProblem;

/** No account with this number (only an operator can get this far: a resident is refused before the lookup). */
public class AccountNotFound extends DomainProblem {

    public AccountNotFound() {
        super("account-not-found");
    }
}
