package dev.kabinet.account.links;

import dev.kabinet.platform.problem.DomainProblem;

/** A link was asked for an account whose ownership check did not end in a match (ID-1). */
public class OwnershipNotProven extends DomainProblem {

    public OwnershipNotProven() {
        super("ownership-not-proven");
    }
}
