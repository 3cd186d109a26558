package dev.kabinet.billing.penalties;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of a penalty explanation (BL-5): {@code days} days of delay {@code from} .. {@code to} (both inclusive) on
 * {@code debtKopecks} of the charges due {@code dueDate}, at {@code ratePercent} per year × 1/{@code divisor} per day:
 * {@code kopecks} = debt × rate / 100 / divisor × days, rounded half-up once.
 *
 * @param firstDelayDay the number of the day of delay {@code from} is (31 for the first day charged)
 * @param paidOn the day this part of the debt was paid; null while it is still owed (then the rate is the one of the
 *     calculation day)
 */
public record PenaltyInterval(
        LocalDate dueDate,
        LocalDate from,
        LocalDate to,
        long days,
        int firstDelayDay,
        long debtKopecks,
        BigDecimal ratePercent,
        int divisor,
        long kopecks,
        @org.jspecify.annotations.Nullable LocalDate paidOn) {}
