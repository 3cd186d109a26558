package dev.kabinet.account.appeals;

import dev.kabinet.platform.problem.DomainProblem;

/** No such appeal (or attachment) on this account; one of another account gets the same answer. */
public class AppealNotFound extends DomainProblem {

    public AppealNotFound() {
        super("appeal-not-found");
    }
}
