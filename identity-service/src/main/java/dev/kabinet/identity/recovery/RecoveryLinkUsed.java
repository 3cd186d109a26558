package dev.kabinet.identity.recovery;

import dev.kabinet.platform.problem.DomainProblem;

/** ID-5, ID-7: the link already set a password; it works once. Log in, or request a new link. */
public class RecoveryLinkUsed extends DomainProblem {

    public RecoveryLinkUsed() {
        super("recovery-link-used");
    }
}
