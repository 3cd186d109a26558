package dev.kabinet.identity.recovery;

import dev.kabinet.platform.problem.DomainProblem;

/** ID-5, ID-7: the link's time is up (or a newer one was sent): the way forward is a new request. */
public class RecoveryLinkExpired extends DomainProblem {

    public RecoveryLinkExpired() {
        super("recovery-link-expired");
    }
}
