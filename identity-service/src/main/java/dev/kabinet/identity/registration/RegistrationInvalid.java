package dev.kabinet.identity.registration;

import dev.kabinet.platform.problem.DomainProblem;
import dev.kabinet.platform.problem.FieldProblem;
import java.util.List;

/** The registration form has field problems (ID-1): each is shown next to its field. */
public class RegistrationInvalid extends DomainProblem {

    public RegistrationInvalid(List<FieldProblem> errors) {
        super("registration-invalid", errors);
    }
}
