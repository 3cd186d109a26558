package dev.kabinet.identity.profiles;

import dev.kabinet.platform.problem.DomainProblem;
import dev.kabinet.platform.problem.FieldProblem;
import java.util.List;

/** The phone change (ID-8) has a field error: no confirmation given, or a code that was not the caller's phone code. */
public class PhoneChangeInvalid extends DomainProblem {

    public PhoneChangeInvalid(List<FieldProblem> errors) {
        super("phone-change-invalid", errors);
    }
}
