package dev.kabinet.identity.profiles;

import dev.kabinet.platform.problem.DomainProblem;
import dev.kabinet.platform.problem.FieldProblem;
import java.util.List;

/** The e-mail change form has field errors (ID-8): not an address, the repeat differs, another login has it. */
public class EmailChangeInvalid extends DomainProblem {

    public EmailChangeInvalid(List<FieldProblem> errors) {
        super("email-change-invalid", errors);
    }
}
