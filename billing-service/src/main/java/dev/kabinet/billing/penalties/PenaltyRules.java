package dev.kabinet.billing.penalties;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The penalty rule of Housing Code art. 155 p. 14 with the cap of Government Decree 329 of 18.03.2025, as per-utility
 * settings with the law's defaults ({@link #LAW}): no penalty for the first {@code graceDays} days of delay; from day
 * {@code graceDays + 1} to day {@code firstStageUntilDay}, 1/{@code firstStageDivisor} of the rate per day; from the
 * next day, 1/{@code secondStageDivisor}. The rate is the key rate on the day of payment (the calculation day for a debt
 * still unpaid); when that day falls in {@code capFrom} .. {@code capUntil} (exclusive), the lesser of it and
 * {@code capPercent} (the key rate of 27.02.2022, 9.5 %).
 */
public record PenaltyRules(
        int graceDays,
        int firstStageUntilDay,
        int firstStageDivisor,
        int secondStageDivisor,
        BigDecimal capPercent,
        LocalDate capFrom,
        LocalDate capUntil) {

    /** Housing Code art. 155 p. 14; Decree 329: 9.5 % from 2025-01-01 until 2027-01-01. */
    public static final PenaltyRules LAW = new PenaltyRules(
            30, 90, 300, 130, new BigDecimal("9.5"), LocalDate.of(2025, 1, 1), LocalDate.of(2027, 1, 1));

    public PenaltyRules {
        Objects.requireNonNull(capPercent, "capPercent");
        Objects.requireNonNull(capFrom, "capFrom");
        Objects.requireNonNull(capUntil, "capUntil");
        if (graceDays < 0 || firstStageUntilDay <= graceDays || firstStageDivisor < 1 || secondStageDivisor < 1) {
            throw new IllegalArgumentException("Penalty stages must follow each other and divide by at least 1");
        }
    }

    /** The rate applied to a sum paid (or still owed) on {@code paymentDay}, percent per year. */
    public BigDecimal rateOn(LocalDate paymentDay, KeyRates keyRates) {
        var key = keyRates.on(paymentDay);
        boolean capped = !paymentDay.isBefore(capFrom) && paymentDay.isBefore(capUntil);
        return capped ? key.min(capPercent) : key;
    }
}
