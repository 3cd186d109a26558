package dev.kabinet.identity.links;

import dev.kabinet.platform.problem.DomainProblem;

/**
 * The data do not prove that the resident owns the account (ID-9): a wrong surname and meter, a missing account, a
 * phone not on record — one answer for all, so nobody learns which accounts exist. Way forward: an office.
 */
public class LinkNotConfirmed extends DomainProblem {

    public LinkNotConfirmed() {
        super("link-not-confirmed");
    }
}
