package dev.kabinet.account.visits;

import dev.kabinet.platform.problem.DomainProblem;
import dev.kabinet.platform.problem.FieldProblem;
import java.util.List;

/** The visit request's days, phone or meter do not fit (AC-4): every field's problem at once; nothing is stored. */
public class VisitRequestInvalid extends DomainProblem {

    public VisitRequestInvalid(List<FieldProblem> errors) {
        super("visit-request-invalid", errors);
    }
}
