package dev.kabinet.identity.links;

import dev.kabinet.platform.problem.DomainProblem;

/** The account is already linked to this very login (ID-9). */
public class AlreadyLinked extends DomainProblem {

    public AlreadyLinked() {
        super("link-already-yours");
    }
}
