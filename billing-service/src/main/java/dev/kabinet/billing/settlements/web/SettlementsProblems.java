package dev.kabinet.billing.settlements.web;

import dev.kabinet.billing.settlements.PenaltyDateOutOfRange;
import dev.kabinet.platform.web.ProblemStatuses;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** The HTTP status of each outcome of the settlements feature (ADR 0006). */
@ControllerAdvice
class SettlementsProblems extends ProblemStatuses {

    SettlementsProblems() {
        map(PenaltyDateOutOfRange.class, HttpStatus.UNPROCESSABLE_ENTITY);
    }
}
