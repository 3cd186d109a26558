package dev.kabinet.billing.receipts;

import dev.kabinet.platform.problem.DomainProblem;

/**
 * A receipt asked for a period that is not closed yet (or no longer kept): there is no document to give (BL-3). The
 * same answer whether the period is in the future, the current month, or before the periods kept.
 */
public class ReceiptPeriodNotClosed extends DomainProblem {

    public ReceiptPeriodNotClosed(String period) {
        super("receipt-period-not-closed", period);
    }
}
