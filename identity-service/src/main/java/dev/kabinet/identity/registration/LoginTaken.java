package dev.kabinet.identity.registration;

import dev.kabinet.platform.problem.DomainProblem;
import dev.kabinet.platform.problem.FieldProblem;
import java.util.List;

/** The username or the e-mail already belongs to a login (ID-1): pick another username, or log in and add the account. */
public class LoginTaken extends DomainProblem {

    public LoginTaken(FieldProblem error) {
        super("login-taken", List.of(error));
    }
}
