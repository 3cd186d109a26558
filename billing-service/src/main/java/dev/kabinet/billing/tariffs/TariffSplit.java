package dev.kabinet.billing.tariffs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Prices a zone's consumption over a range of days by the tariffs in force on those days (BL-4; DOMAIN.md "a period
 * spanning the change splits consumption by days"). A pure function: the period calculation and the instant preview
 * (MT-7, a range of one day) both use it.
 *
 * <p>Consumption is spread evenly over the days: a part of {@code d} of the range's {@code D} days gets {@code
 * consumption × d / D}. Its amount is {@code consumption × d × kopecksPerUnit / D}, computed exactly and rounded once,
 * <b>half-up</b> to whole kopecks. Half-up ("по правилам математического округления") is the rounding of Russian
 * accounting and settlements: the Tax Code art. 52 p. 6 rounds a half up to the whole rouble, and the Central Bank's
 * and Federal Treasury's settlement rules round kopecks the same way; banker's rounding (half-even, IEEE 754's default)
 * is not used in Russian utility receipts. Each part is rounded on its own, so the receipt's lines add up to the
 * line's total exactly (the total may differ by at most one kopeck per part from rounding the unsplit sum).
 */
public final class TariffSplit {

    private static final int CONSUMPTION_SCALE = 3;

    private TariffSplit() {}

    /**
     * The parts of {@code consumption} of {@code zone} over {@code from} .. {@code to} (exclusive), one per tariff in
     * force, in date order.
     *
     * @param consumption units consumed over the whole range, not negative
     * @throws IllegalArgumentException when the range is empty or the consumption negative
     * @throws TariffNotFound when a day of the range has no tariff
     */
    public static List<PricedPart> price(
            BigDecimal consumption,
            LocalDate from,
            LocalDate to,
            TariffSchedule tariffs,
            UtilityService service,
            ZoneScheme scheme,
            TariffZone zone) {
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("A priced range has at least one day");
        }
        if (consumption.signum() < 0) {
            throw new IllegalArgumentException("Consumption is never negative");
        }
        long total = ChronoUnit.DAYS.between(from, to);
        var parts = new ArrayList<PricedPart>();
        LocalDate start = from;
        while (start.isBefore(to)) {
            Tariff tariff = tariffs.applicable(service, scheme, zone, start);
            LocalDate end = tariff.validTo() == null || tariff.validTo().isAfter(to) ? to : tariff.validTo();
            // a tariff that started later but overlaps by mistake wins from its first day (TariffSchedule)
            LocalDate next = start.plusDays(1);
            while (next.isBefore(end) && tariffs.applicable(service, scheme, zone, next) == tariff) {
                next = next.plusDays(1);
            }
            end = next;
            long days = ChronoUnit.DAYS.between(start, end);
            var daysShare = BigDecimal.valueOf(days);
            var totalDays = BigDecimal.valueOf(total);
            var partConsumption =
                    consumption.multiply(daysShare).divide(totalDays, CONSUMPTION_SCALE, RoundingMode.HALF_UP);
            long amount = consumption
                    .multiply(daysShare)
                    .multiply(BigDecimal.valueOf(tariff.kopecksPerUnit()))
                    .divide(totalDays, 0, RoundingMode.HALF_UP)
                    .longValueExact();
            parts.add(new PricedPart(start, end, days, partConsumption, tariff.kopecksPerUnit(), amount));
            start = end;
        }
        return List.copyOf(parts);
    }
}
