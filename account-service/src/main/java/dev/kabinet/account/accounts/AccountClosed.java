package dev.kabinet.account.accounts;

import dev.kabinet.platform.problem.DomainProblem;

/** The account is closed: its contact and preferences no longer change from the cabinet (AC-3). */
public class AccountClosed extends DomainProblem {

    public AccountClosed() {
        super("account-closed");
    }
}
