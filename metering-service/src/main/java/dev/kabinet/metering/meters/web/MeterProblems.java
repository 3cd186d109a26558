package dev.kabinet.metering.meters.web;

import dev.kabinet.metering.meters.AccountClosed;
import dev.kabinet.metering.meters.ManualReadingRefused;
import dev.kabinet.metering.meters.MeterNotFound;
import dev.kabinet.platform.web.ProblemStatuses;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** The HTTP status of each outcome of the meters feature (ADR 0006). */
@ControllerAdvice
class MeterProblems extends ProblemStatuses {

    MeterProblems() {
        map(MeterNotFound.class, HttpStatus.NOT_FOUND);
        map(ManualReadingRefused.class, HttpStatus.UNPROCESSABLE_ENTITY);
        map(AccountClosed.class, HttpStatus.UNPROCESSABLE_ENTITY);
    }
}
