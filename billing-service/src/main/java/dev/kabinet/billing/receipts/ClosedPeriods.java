package dev.kabinet.billing.receipts;

import java.time.YearMonth;
import java.util.List;

/**
 * Which billing periods of an account are closed, so that their receipt may be issued (BL-3): the monthly close's
 * record of the accounts it closed ({@code closing.ClosedAccountPeriods}, ADR 0023, ADR 0024).
 */
public interface ClosedPeriods {

    /** The account's closed periods, newest first, at most {@code limit}. */
    List<YearMonth> of(String accountNumber, int limit);
}
