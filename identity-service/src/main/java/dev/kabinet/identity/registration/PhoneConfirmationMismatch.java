package dev.kabinet.identity.registration;

import dev.kabinet.platform.problem.DomainProblem;
import dev.kabinet.platform.problem.FieldProblem;
import java.util.List;

/** ID-3: the code confirmed another phone or account than the form names: ask for a new code. */
public class PhoneConfirmationMismatch extends DomainProblem {

    public PhoneConfirmationMismatch() {
        super("registration-code-mismatch", List.of(FieldProblem.of("code", "field.code.mismatch")));
    }
}
