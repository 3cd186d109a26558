package dev.kabinet.payment.fiscal;

import dev.kabinet.platform.problem.DomainProblem;

/** No issued fiscal receipt for that payment (none yet, or no such payment: answered alike). */
public class FiscalReceiptNotFound extends DomainProblem {

    public FiscalReceiptNotFound() {
        super("fiscal-receipt-not-found");
    }
}
