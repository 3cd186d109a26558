package dev.kabinet.identity.links;

import dev.kabinet.platform.problem.DomainProblem;

/**
 * A proven owner asked to link an account that is closed or already registered by another login (ID-9): said only
 * after ownership was proven (ADR 0015).
 */
public class LinkAccountUnavailable extends DomainProblem {

    public LinkAccountUnavailable(boolean closed) {
        super(closed ? "link-account-closed" : "link-account-registered");
    }
}
