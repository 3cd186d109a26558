package dev.kabinet.identity.trial.web;

import dev.kabinet.identity.trial.TrialNotFound;
import dev.kabinet.platform.web.ProblemStatuses;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** The HTTP status of the trial period's outcomes (ID-11, ADR 0006). */
@ControllerAdvice
class TrialProblems extends ProblemStatuses {

    TrialProblems() {
        map(TrialNotFound.class, HttpStatus.NOT_FOUND);
    }
}
