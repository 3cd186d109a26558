package dev.kabinet.metering.readings;

import dev.kabinet.platform.problem.DomainProblem;
import dev.kabinet.platform.problem.FieldProblem;
import java.util.List;

/** The reading does not fit the meter: missing or unknown scales, too many digits, not a number ... (MT-2). */
public class ReadingInvalid extends DomainProblem {

    public ReadingInvalid(List<FieldProblem> errors) {
        super("reading-invalid", "Показания не приняты: исправьте отмеченные поля и отправьте снова.", errors);
    }
}
