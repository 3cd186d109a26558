package dev.kabinet.account.visits.web;

import dev.kabinet.account.visits.VisitRequestInvalid;
import dev.kabinet.account.visits.VisitRequestNotFound;
import dev.kabinet.platform.web.ProblemStatuses;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** The HTTP status of each outcome of the visits feature (ADR 0006). */
@ControllerAdvice
class VisitProblems extends ProblemStatuses {

    VisitProblems() {
        map(VisitRequestInvalid.class, HttpStatus.UNPROCESSABLE_ENTITY);
        map(VisitRequestNotFound.class, HttpStatus.NOT_FOUND);
    }
}
