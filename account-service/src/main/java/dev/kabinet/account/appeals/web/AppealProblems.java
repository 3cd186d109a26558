package dev.kabinet.account.appeals.web;

import dev.kabinet.account.appeals.AppealInvalid;
import dev.kabinet.account.appeals.AppealNotFound;
import dev.kabinet.account.appeals.FaqEntryNotFound;
import dev.kabinet.platform.web.ProblemStatuses;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** The HTTP status of each outcome of the appeals feature (ADR 0006). */
@ControllerAdvice
class AppealProblems extends ProblemStatuses {

    AppealProblems() {
        map(AppealInvalid.class, HttpStatus.UNPROCESSABLE_ENTITY);
        map(AppealNotFound.class, HttpStatus.NOT_FOUND);
        map(FaqEntryNotFound.class, HttpStatus.NOT_FOUND);
    }
}
