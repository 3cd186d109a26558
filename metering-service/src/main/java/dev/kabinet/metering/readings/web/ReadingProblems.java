package dev.kabinet.metering.readings.web;

import dev.kabinet.metering.readings.ReadingAlreadyDecided;
import dev.kabinet.metering.readings.ReadingBelowPrevious;
import dev.kabinet.metering.readings.ReadingInvalid;
import dev.kabinet.metering.readings.ReadingNotFound;
import dev.kabinet.metering.readings.ReadingRolloverUnconfirmed;
import dev.kabinet.platform.web.ProblemStatuses;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** The HTTP status of each outcome of the readings feature (ADR 0006). */
@ControllerAdvice
class ReadingProblems extends ProblemStatuses {

    ReadingProblems() {
        map(ReadingNotFound.class, HttpStatus.NOT_FOUND);
        map(ReadingInvalid.class, HttpStatus.UNPROCESSABLE_ENTITY);
        map(ReadingBelowPrevious.class, HttpStatus.UNPROCESSABLE_ENTITY);
        map(ReadingRolloverUnconfirmed.class, HttpStatus.UNPROCESSABLE_ENTITY);
        map(ReadingAlreadyDecided.class, HttpStatus.CONFLICT);
    }
}
