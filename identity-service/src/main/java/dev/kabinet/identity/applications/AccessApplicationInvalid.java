package dev.kabinet.identity.applications;

import dev.kabinet.platform.problem.DomainProblem;
import dev.kabinet.platform.problem.FieldProblem;
import java.util.List;

/** The access application form has field problems (ID-4): each is shown next to its field. */
public class AccessApplicationInvalid extends DomainProblem {

    public AccessApplicationInvalid(List<FieldProblem> errors) {
        super("access-application-invalid", errors);
    }
}
