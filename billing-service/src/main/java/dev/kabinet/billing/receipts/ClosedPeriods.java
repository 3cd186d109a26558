package dev.kabinet.billing.receipts;

import java.time.YearMonth;
import java.util.List;

/**
 * Which billing periods of an account are closed, so that their receipt may be issued (BL-3). The monthly close will
 * implement it from its own records; until then {@link SettledPeriodsBeforeCurrentMonth} stands in (ADR 0024).
 */
public interface ClosedPeriods {

    /** The account's closed periods, newest first, at most {@code limit}. */
    List<YearMonth> of(String accountNumber, int limit);
}
