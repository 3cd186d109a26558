package dev.kabinet.identity.recovery;

import dev.kabinet.platform.problem.DomainProblem;

/** ID-7: no such recovery request (the SMS path's id): the way forward is a new request. */
public class RecoveryNotFound extends DomainProblem {

    public RecoveryNotFound() {
        super("recovery-not-found");
    }
}
