package dev.kabinet.identity.accounts;

import dev.kabinet.platform.problem.DomainProblem;

/** account-service did not answer in time, failed, or its circuit breaker is open: the resident tries later. */
public class AccountServiceUnavailable extends DomainProblem {

    public AccountServiceUnavailable(Throwable cause) {
        super("account-service-unavailable");
        initCause(cause);
    }
}
