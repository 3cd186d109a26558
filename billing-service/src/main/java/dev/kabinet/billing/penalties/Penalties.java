package dev.kabinet.billing.penalties;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Penalties for late payment per Housing Code art. 155 p. 14, day by day and explainable line by line (BL-5). A pure
 * function of the debts, the payments, the day of calculation, the key-rate history and the {@link PenaltyRules}.
 *
 * <ul>
 *   <li>Each debt (the charges of a period, in kopecks) is due on its {@code dueDate} (the 10th of the next month by
 *       default); day 1 of delay is the day after.
 *   <li>Payments pay the debt due first (the oldest), whatever their date; a sum paid on or before the due day is never
 *       late.
 *   <li>Each part of a debt is late until the day it is paid (inclusive), or until the calculation day for what is still
 *       owed. Its rate is the key rate on that day, capped by Decree 329 when that day is in 2025–2026.
 *   <li>Days 1–30 of delay cost nothing; days 31–90 cost 1/300 of the rate per day; from day 91, 1/130.
 *   <li>Each line (a part of a debt at one fraction) is computed exactly and rounded once, half-up, to whole kopecks
 *       (see {@link dev.kabinet.billing.tariffs.TariffSplit} for why half-up); the total is the sum of the lines, so the
 *       explanation adds up to what is charged.
 * </ul>
 */
public final class Penalties {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Penalties() {}

    /** Charges of a period due on {@code dueDate}, in kopecks (positive). */
    public record Debt(LocalDate dueDate, long kopecks) {
        public Debt {
            Objects.requireNonNull(dueDate, "dueDate");
            if (kopecks <= 0) {
                throw new IllegalArgumentException("A debt is positive");
            }
        }
    }

    /** A payment of {@code kopecks} (positive) made on {@code paidOn}. */
    public record Payment(LocalDate paidOn, long kopecks) {
        public Payment {
            Objects.requireNonNull(paidOn, "paidOn");
            if (kopecks <= 0) {
                throw new IllegalArgumentException("A payment is positive");
            }
        }
    }

    /** The explanation: every line, and their sum. */
    public record Explanation(LocalDate asOf, List<PenaltyInterval> intervals, long totalKopecks) {
        public Explanation {
            intervals = List.copyOf(intervals);
        }
    }

    /**
     * The penalty accrued up to {@code asOf} (inclusive) on {@code debts} paid by {@code payments} (those after
     * {@code asOf} are not counted).
     */
    public static Explanation calculate(
            List<Debt> debts, List<Payment> payments, LocalDate asOf, KeyRates keyRates, PenaltyRules rules) {
        var owed = debts.stream().sorted(Comparator.comparing(Debt::dueDate)).toList();
        var paid = payments.stream()
                .filter(p -> !p.paidOn().isAfter(asOf))
                .sorted(Comparator.comparing(Payment::paidOn))
                .toList();
        var intervals = new ArrayList<PenaltyInterval>();
        int payment = 0;
        long leftOfPayment = paid.isEmpty() ? 0 : paid.getFirst().kopecks();
        for (var debt : owed) {
            long left = debt.kopecks();
            while (left > 0 && payment < paid.size()) {
                long part = Math.min(left, leftOfPayment);
                var day = paid.get(payment).paidOn();
                intervals.addAll(part(debt.dueDate(), part, day, day, keyRates, rules));
                left -= part;
                leftOfPayment -= part;
                if (leftOfPayment == 0 && ++payment < paid.size()) {
                    leftOfPayment = paid.get(payment).kopecks();
                }
            }
            if (left > 0) {
                intervals.addAll(part(debt.dueDate(), left, asOf, null, keyRates, rules));
            }
        }
        long total = intervals.stream().mapToLong(PenaltyInterval::kopecks).sum();
        return new Explanation(asOf, intervals, total);
    }

    /** The lines of {@code kopecks} of a debt due {@code dueDate}, late until {@code until} inclusive. */
    private static List<PenaltyInterval> part(
            LocalDate dueDate,
            long kopecks,
            LocalDate until,
            @Nullable LocalDate paidOn,
            KeyRates keyRates,
            PenaltyRules rules) {
        long delay = ChronoUnit.DAYS.between(dueDate, until); // days of delay up to `until`, inclusive
        if (delay <= rules.graceDays()) {
            return List.of();
        }
        var rate = rules.rateOn(until, keyRates);
        var lines = new ArrayList<PenaltyInterval>();
        int firstDay = rules.graceDays() + 1;
        long firstLast = Math.min(delay, rules.firstStageUntilDay());
        lines.add(line(dueDate, kopecks, firstDay, firstLast, rate, rules.firstStageDivisor(), paidOn));
        if (delay > rules.firstStageUntilDay()) {
            lines.add(line(
                    dueDate, kopecks, rules.firstStageUntilDay() + 1, delay, rate, rules.secondStageDivisor(), paidOn));
        }
        return lines;
    }

    private static PenaltyInterval line(
            LocalDate dueDate,
            long kopecks,
            int firstDay,
            long lastDay,
            BigDecimal rate,
            int divisor,
            @Nullable LocalDate paidOn) {
        long days = lastDay - firstDay + 1;
        long amount = BigDecimal.valueOf(kopecks)
                .multiply(rate)
                .multiply(BigDecimal.valueOf(days))
                .divide(HUNDRED.multiply(BigDecimal.valueOf(divisor)), 0, RoundingMode.HALF_UP)
                .longValueExact();
        return new PenaltyInterval(
                dueDate,
                dueDate.plusDays(firstDay),
                dueDate.plusDays(lastDay),
                days,
                firstDay,
                kopecks,
                rate,
                divisor,
                amount,
                paidOn);
    }
}
