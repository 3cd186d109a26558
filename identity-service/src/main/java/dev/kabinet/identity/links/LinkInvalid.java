package dev.kabinet.identity.links;

import dev.kabinet.platform.problem.DomainProblem;
import dev.kabinet.platform.problem.FieldProblem;
import java.util.List;

/** The linking form has field errors (ID-9); every one is named at once, next to its field. */
public class LinkInvalid extends DomainProblem {

    public LinkInvalid(List<FieldProblem> errors) {
        super("link-invalid", errors);
    }
}
