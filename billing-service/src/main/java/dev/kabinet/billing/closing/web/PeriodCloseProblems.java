package dev.kabinet.billing.closing.web;

import dev.kabinet.billing.closing.PeriodAlreadyClosed;
import dev.kabinet.billing.closing.PeriodCloseNotFound;
import dev.kabinet.billing.closing.PeriodNotEnded;
import dev.kabinet.platform.web.ProblemStatuses;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** The HTTP status of each outcome of the period close (ADR 0006). */
@ControllerAdvice
class PeriodCloseProblems extends ProblemStatuses {

    PeriodCloseProblems() {
        map(PeriodAlreadyClosed.class, HttpStatus.CONFLICT);
        map(PeriodNotEnded.class, HttpStatus.UNPROCESSABLE_ENTITY);
        map(PeriodCloseNotFound.class, HttpStatus.NOT_FOUND);
    }
}
