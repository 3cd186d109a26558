package dev.kabinet.account.offices;

import dev.kabinet.platform.problem.DomainProblem;

/** No office with this id. */
public class OfficeNotFound extends DomainProblem {

    public OfficeNotFound() {
        super("office-not-found");
    }
}
