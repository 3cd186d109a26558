package dev.kabinet.billing.receipts.web;

import dev.kabinet.billing.receipts.ReceiptPeriodNotClosed;
import dev.kabinet.platform.web.ProblemStatuses;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** The HTTP status of each outcome of the receipts feature (ADR 0006). */
@ControllerAdvice
class ReceiptProblems extends ProblemStatuses {

    ReceiptProblems() {
        map(ReceiptPeriodNotClosed.class, HttpStatus.NOT_FOUND);
    }
}
