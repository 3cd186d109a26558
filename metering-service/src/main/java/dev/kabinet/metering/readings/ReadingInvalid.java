package dev.kabinet.metering.readings;

import dev.kabinet.platform.problem.DomainProblem;
import dev.kabinet.platform.problem.FieldProblem;
import java.util.List;

/** The typed values do not fit the meter (MT-2): every field's problem at once. */
public class ReadingInvalid extends DomainProblem {

    public ReadingInvalid(List<FieldProblem> errors) {
        super("reading-invalid", errors);
    }
}
