package dev.kabinet.billing.previews.web;

import dev.kabinet.billing.previews.ChargePreviewAccountClosed;
import dev.kabinet.billing.previews.ChargePreviewNotFound;
import dev.kabinet.billing.previews.ChargePreviewNotReady;
import dev.kabinet.platform.web.ProblemStatuses;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** The HTTP status of each outcome of the charge previews feature (ADR 0006). */
@ControllerAdvice
class ChargePreviewProblems extends ProblemStatuses {

    ChargePreviewProblems() {
        map(ChargePreviewNotReady.class, HttpStatus.NOT_FOUND);
        map(ChargePreviewNotFound.class, HttpStatus.NOT_FOUND);
        map(ChargePreviewAccountClosed.class, HttpStatus.NOT_FOUND);
    }
}
