package dev.kabinet.notification.broadcasts.web;

import dev.kabinet.notification.broadcasts.BroadcastNotFound;
import dev.kabinet.platform.web.ProblemStatuses;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** The HTTP status of each outcome of the broadcasts feature (ADR 0006). */
@ControllerAdvice
class BroadcastProblems extends ProblemStatuses {

    BroadcastProblems() {
        map(BroadcastNotFound.class, HttpStatus.NOT_FOUND);
    }
}
