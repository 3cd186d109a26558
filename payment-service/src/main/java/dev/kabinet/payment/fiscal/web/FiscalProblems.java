package dev.kabinet.payment.fiscal.web;

import dev.kabinet.payment.fiscal.FiscalReceiptNotFound;
import dev.kabinet.platform.web.ProblemStatuses;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** The HTTP status of each outcome of fiscal receipts (ADR 0006). */
@ControllerAdvice
class FiscalProblems extends ProblemStatuses {

    FiscalProblems() {
        map(FiscalReceiptNotFound.class, HttpStatus.NOT_FOUND);
    }
}
