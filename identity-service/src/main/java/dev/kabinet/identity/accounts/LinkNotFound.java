package dev.kabinet.identity.accounts;

import dev.kabinet.platform.problem.DomainProblem;

/**
 * The login has no link to this account (ID-9): the same answer for a missing account, another resident's account
 * and one never linked, so nobody learns about another resident's links.
 */
public class LinkNotFound extends DomainProblem {

    public LinkNotFound() {
        super("link-not-found");
    }
}
