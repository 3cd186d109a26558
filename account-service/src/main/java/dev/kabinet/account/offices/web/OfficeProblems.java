package dev.kabinet.account.offices.web;

import dev.kabinet.account.offices.OfficeNotFound;
import dev.kabinet.platform.web.ProblemStatuses;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** The HTTP status of each outcome of the offices feature (ADR 0006). */
@ControllerAdvice
class OfficeProblems extends ProblemStatuses {

    OfficeProblems() {
        map(OfficeNotFound.class, HttpStatus.NOT_FOUND);
    }
}
