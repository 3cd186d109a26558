package dev.kabinet.identity.recovery;

import dev.kabinet.platform.problem.DomainProblem;
import dev.kabinet.platform.problem.FieldProblem;
import java.util.List;

/** The recovery form has field errors (ID-7): what to recover by, the phone, the new password or username. */
public class RecoveryInvalid extends DomainProblem {

    public RecoveryInvalid(List<FieldProblem> errors) {
        super("recovery-invalid", errors);
    }
}
