package dev.kabinet.billing.consumption;

import java.math.BigDecimal;

/**
 * The consumption between two accepted values of one meter scale (BL-2, DOMAIN.md "Meter readings"): the difference,
 * or, when the later value is below the earlier one, a rollover past the meter's digit capacity — the counter went from
 * {@code 10^capacity − 1} through 0, so consumption = {@code 10^capacity − previous + current}. Metering accepts a
 * lower value only as such a rollover. The one formula the period calculation and the instant preview (MT-7) share.
 */
public final class Consumption {

    private Consumption() {}

    /**
     * @param previous the earlier accepted value, units
     * @param current the later value, units
     * @param digitCapacity digits before the decimal point (1–9)
     * @return units consumed, never negative
     * @throws IllegalArgumentException when a value does not fit the capacity or is negative
     */
    public static BigDecimal between(BigDecimal previous, BigDecimal current, int digitCapacity) {
        var wrap = BigDecimal.TEN.pow(digitCapacity);
        if (previous.signum() < 0
                || current.signum() < 0
                || previous.compareTo(wrap) >= 0
                || current.compareTo(wrap) >= 0) {
            throw new IllegalArgumentException("A value is not negative and has at most " + digitCapacity + " digits");
        }
        return current.compareTo(previous) >= 0
                ? current.subtract(previous)
                : wrap.subtract(previous).add(current);
    }
}
