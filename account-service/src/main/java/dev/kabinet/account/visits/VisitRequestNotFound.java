package dev.kabinet.account.visits;

import dev.kabinet.platform.problem.DomainProblem;

/** No such visit request on this account (one of another account gets the same answer). */
public class VisitRequestNotFound extends DomainProblem {

    public VisitRequestNotFound() {
        super("visit-request-not-found");
    }
}
