package dev.kabinet.identity.recovery;

import dev.kabinet.platform.problem.DomainProblem;

/** ID-7: no recovery link with this token (mistyped or cut short): the way forward is a new request. */
public class RecoveryLinkNotFound extends DomainProblem {

    public RecoveryLinkNotFound() {
        super("recovery-link-not-found");
    }
}
