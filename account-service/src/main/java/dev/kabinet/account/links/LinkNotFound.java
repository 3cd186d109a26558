package dev.kabinet.account.links;

import dev.kabinet.platform.problem.DomainProblem;

/**
 * The login has no link to this account (ID-9): answered alike for an account that does not exist, one linked to
 * someone else and one never linked, so nobody learns about another resident's links.
 */
public class LinkNotFound extends DomainProblem {

    public LinkNotFound() {
        super("link-not-found");
    }
}
