package dev.kabinet.identity.profiles;

import dev.kabinet.platform.problem.DomainProblem;
import dev.kabinet.platform.problem.FieldProblem;
import java.util.List;

/** The password change form has field errors (ID-8): current password wrong, new refused by policy, repeat differs. */
public class PasswordChangeInvalid extends DomainProblem {

    public PasswordChangeInvalid(List<FieldProblem> errors) {
        super("password-change-invalid", errors);
    }
}
