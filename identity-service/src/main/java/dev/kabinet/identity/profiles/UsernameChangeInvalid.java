package dev.kabinet.identity.profiles;

import dev.kabinet.platform.problem.DomainProblem;
import dev.kabinet.platform.problem.FieldProblem;
import java.util.List;

/** The username change (ID-8) has a field error: not a valid login, or another login has it. */
public class UsernameChangeInvalid extends DomainProblem {

    public UsernameChangeInvalid(List<FieldProblem> errors) {
        super("username-change-invalid", errors);
    }
}
