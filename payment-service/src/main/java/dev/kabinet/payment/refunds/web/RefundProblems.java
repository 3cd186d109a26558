package dev.kabinet.payment.refunds.web;

import dev.kabinet.payment.refunds.RefundAlreadyDecided;
import dev.kabinet.payment.refunds.RefundAlreadyRequested;
import dev.kabinet.payment.refunds.RefundNotAllowed;
import dev.kabinet.payment.refunds.RefundNotFound;
import dev.kabinet.payment.refunds.RefundPeriodOver;
import dev.kabinet.payment.refunds.RefundTooLarge;
import dev.kabinet.platform.web.ProblemStatuses;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** The HTTP status of each outcome of refunds (ADR 0006). */
@ControllerAdvice
class RefundProblems extends ProblemStatuses {

    RefundProblems() {
        map(RefundNotFound.class, HttpStatus.NOT_FOUND);
        map(RefundAlreadyDecided.class, HttpStatus.CONFLICT);
        map(RefundAlreadyRequested.class, HttpStatus.CONFLICT);
        map(RefundNotAllowed.class, HttpStatus.UNPROCESSABLE_ENTITY);
        map(RefundPeriodOver.class, HttpStatus.UNPROCESSABLE_ENTITY);
        map(RefundTooLarge.class, HttpStatus.UNPROCESSABLE_ENTITY);
    }
}
