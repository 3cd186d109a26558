package dev.kabinet.metering.meters;

import dev.kabinet.platform.problem.DomainProblem;

/** The account is closed (account-service's {@code closed}, issue #7): none of its meters takes readings any more. */
public class AccountClosed extends DomainProblem {

    public AccountClosed() {
        super("account-closed");
    }
}
