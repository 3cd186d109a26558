package dev.kabinet.metering.readings;

import dev.kabinet.platform.web.ProblemException;
import java.util.List;
import org.springframework.http.HttpStatus;

/** The reading does not fit the meter: missing or unknown scales, too many digits, not a number ... (MT-2). */
public class ReadingInvalid extends ProblemException {

    public ReadingInvalid(List<FieldProblem> errors) {
        super(
                HttpStatus.UNPROCESSABLE_ENTITY,
                "reading-invalid",
                "Показания не приняты: исправьте отмеченные поля и отправьте снова.",
                errors);
    }
}
