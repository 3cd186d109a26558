package dev.kabinet.account.appeals;

import dev.kabinet.platform.problem.DomainProblem;
import dev.kabinet.platform.problem.FieldProblem;
import java.util.List;

/** The appeal's text or files do not fit (AC-5): every field's problem at once; nothing is stored. */
public class AppealInvalid extends DomainProblem {

    public AppealInvalid(List<FieldProblem> errors) {
        super("appeal-invalid", errors);
    }
}
