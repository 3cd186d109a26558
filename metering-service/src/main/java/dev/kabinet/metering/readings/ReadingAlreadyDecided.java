package dev.kabinet.metering.readings;

import dev.kabinet.platform.web.ProblemException;
import org.springframework.http.HttpStatus;

/** A reading was accepted or rejected once; its status does not change again (MT-3). */
public class ReadingAlreadyDecided extends ProblemException {

    public ReadingAlreadyDecided(ReadingStatus status) {
        super(
                HttpStatus.CONFLICT,
                "reading-already-decided",
                "По этому показанию уже принято решение ("
                        + (status == ReadingStatus.ACCEPTED ? "принято" : "отклонено") + ").");
    }
}
