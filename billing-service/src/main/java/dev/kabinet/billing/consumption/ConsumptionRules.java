package dev.kabinet.billing.consumption;

import dev.kabinet.billing.tariffs.TariffZone;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The consumption of one meter, period by period, from its accepted readings (BL-2; DOMAIN.md "Meter readings";
 * Government Decree 354 p. 59(b), 60, 61). A pure function: the same readings always give the same periods, so a late
 * reading is taken into account by calculating again (see {@link #recalculations}).
 *
 * <ul>
 *   <li><b>Metered</b>: a period with an accepted reading is charged what the meter counted from the last accepted
 *       reading before the period to the period's last one ({@link Consumption#between}, rollover included); what was
 *       charged by the average or the normative since that earlier reading is withdrawn in the same period (p. 61).
 *   <li><b>Average</b> (p. 59(b)): a period without a reading is charged the average monthly metered consumption of the
 *       last {@value #HISTORY_PERIODS} metered months, when there are at least {@value #MIN_HISTORY_PERIODS}, for at
 *       most {@value #MAX_AVERAGE_PERIODS} periods in a row.
 *   <li><b>Normative</b> (p. 60): after that, or with too little history, the normative per resident × registered
 *       residents, counted in the meter's first zone (a normative has no zones).
 * </ul>
 *
 * Volumes are kept to 3 decimals (the finest a meter reads), an average rounded half-up.
 */
public final class ConsumptionRules {

    /** At most this many periods in a row are charged by the average (p. 59(b)). */
    public static final int MAX_AVERAGE_PERIODS = 3;

    /** The average is taken over at most this many metered months... */
    public static final int HISTORY_PERIODS = 6;

    /** ...and needs at least this many. */
    public static final int MIN_HISTORY_PERIODS = 3;

    static final int SCALE = 3;

    private ConsumptionRules() {}

    /**
     * The consumption of each period from {@code first} to {@code last} inclusive.
     *
     * @param readings the meter's accepted readings, any order; those before {@code first} serve as history
     * @param digitCapacity the meter's digits before the point (rollover)
     * @param residents registered residents; null when unknown (no normative then)
     * @param normativePerResident the normative per resident per month in force in a period, if any
     */
    public static List<PeriodConsumption> periods(
            List<AcceptedReading> readings,
            int digitCapacity,
            YearMonth first,
            YearMonth last,
            @Nullable Integer residents,
            Function<YearMonth, Optional<BigDecimal>> normativePerResident) {
        var sorted = readings.stream()
                .sorted(Comparator.comparing(AcceptedReading::takenOn)
                        .thenComparing(r -> r.readingId().toString()))
                .toList();
        SortedSet<TariffZone> zones = new TreeSet<>();
        sorted.forEach(r -> zones.addAll(r.values().keySet()));
        var start = sorted.isEmpty()
                ? first
                : min(first, YearMonth.from(sorted.getFirst().takenOn()));

        var result = new ArrayList<PeriodConsumption>();
        var history = new ArrayList<Map<TariffZone, BigDecimal>>();
        AcceptedReading base = null;
        YearMonth basePeriod = null;
        var estimated = new EnumMap<TariffZone, BigDecimal>(TariffZone.class);
        int inRow = 0;
        for (var period = start; !period.isAfter(last); period = period.plusMonths(1)) {
            var inPeriod = lastIn(sorted, period);
            PeriodConsumption outcome;
            if (inPeriod != null && base == null) {
                outcome = new PeriodConsumption(period, ConsumptionMethod.FIRST_READING, Map.of(), Map.of(), 0);
            } else if (inPeriod != null) {
                var metered = new EnumMap<TariffZone, BigDecimal>(TariffZone.class);
                for (var zone : inPeriod.values().keySet()) {
                    var previous = base.values().get(zone);
                    metered.put(
                            zone,
                            previous == null
                                    ? BigDecimal.ZERO
                                    : Consumption.between(
                                            previous, inPeriod.values().get(zone), digitCapacity));
                }
                var withdrawn = new EnumMap<TariffZone, BigDecimal>(TariffZone.class);
                estimated.forEach((zone, units) -> withdrawn.put(zone, units.negate()));
                outcome = new PeriodConsumption(period, ConsumptionMethod.METERED, metered, withdrawn, 0);
                // the metered months spread evenly over the periods the readings span, for the average
                int months = (int) basePeriod.until(period, java.time.temporal.ChronoUnit.MONTHS);
                var monthly = new EnumMap<TariffZone, BigDecimal>(TariffZone.class);
                metered.forEach((zone, units) -> monthly.put(
                        zone, units.divide(BigDecimal.valueOf(Math.max(months, 1)), SCALE, RoundingMode.HALF_UP)));
                for (int i = 0; i < Math.max(months, 1); i++) {
                    history.add(monthly);
                }
                estimated.clear();
                inRow = 0;
            } else {
                outcome = estimate(period, history, inRow, zones, residents, normativePerResident);
                if (outcome.method() != ConsumptionMethod.NOT_CHARGED) {
                    inRow++;
                    outcome = new PeriodConsumption(period, outcome.method(), outcome.volumes(), Map.of(), inRow);
                    outcome.volumes().forEach((zone, units) -> estimated.merge(zone, units, BigDecimal::add));
                }
            }
            if (inPeriod != null) {
                base = inPeriod;
                basePeriod = period;
            }
            if (!period.isBefore(first)) {
                result.add(outcome);
            }
        }
        return List.copyOf(result);
    }

    private static PeriodConsumption estimate(
            YearMonth period,
            List<Map<TariffZone, BigDecimal>> history,
            int inRow,
            SortedSet<TariffZone> zones,
            @Nullable Integer residents,
            Function<YearMonth, Optional<BigDecimal>> normativePerResident) {
        if (inRow < MAX_AVERAGE_PERIODS && history.size() >= MIN_HISTORY_PERIODS) {
            var recent = history.subList(Math.max(0, history.size() - HISTORY_PERIODS), history.size());
            var average = new EnumMap<TariffZone, BigDecimal>(TariffZone.class);
            for (var zone : zones) {
                var sum = recent.stream()
                        .map(month -> month.getOrDefault(zone, BigDecimal.ZERO))
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                average.put(zone, sum.divide(BigDecimal.valueOf(recent.size()), SCALE, RoundingMode.HALF_UP));
            }
            return new PeriodConsumption(period, ConsumptionMethod.AVERAGE, average, Map.of(), 0);
        }
        var normative = normativePerResident.apply(period);
        if (normative.isPresent() && residents != null && residents > 0) {
            var zone = zones.isEmpty() ? TariffZone.T1 : zones.first();
            var units = normative.get().multiply(BigDecimal.valueOf(residents)).setScale(SCALE, RoundingMode.HALF_UP);
            return new PeriodConsumption(period, ConsumptionMethod.NORMATIVE, Map.of(zone, units), Map.of(), 0);
        }
        return new PeriodConsumption(period, ConsumptionMethod.NOT_CHARGED, Map.of(), Map.of(), 0);
    }

    /**
     * What a recalculation charges when the periods are calculated again (a late reading, a history reading taken in
     * a past period): per period and zone, the net units now minus the net units charged before; only non-zero
     * differences.
     */
    public static Map<YearMonth, Map<TariffZone, BigDecimal>> recalculations(
            List<PeriodConsumption> charged, List<PeriodConsumption> now) {
        var before = new java.util.HashMap<YearMonth, PeriodConsumption>();
        charged.forEach(p -> before.put(p.period(), p));
        var result = new java.util.TreeMap<YearMonth, Map<TariffZone, BigDecimal>>();
        for (var period : now) {
            var old = before.get(period.period());
            var zones = new TreeSet<TariffZone>();
            zones.addAll(period.volumes().keySet());
            zones.addAll(period.recalculation().keySet());
            if (old != null) {
                zones.addAll(old.volumes().keySet());
                zones.addAll(old.recalculation().keySet());
            }
            var delta = new EnumMap<TariffZone, BigDecimal>(TariffZone.class);
            for (var zone : zones) {
                var diff = period.net(zone).subtract(old == null ? BigDecimal.ZERO : old.net(zone));
                if (diff.signum() != 0) {
                    delta.put(zone, diff);
                }
            }
            if (!delta.isEmpty()) {
                result.put(period.period(), Map.copyOf(delta));
            }
        }
        return result;
    }

    private static @Nullable AcceptedReading lastIn(List<AcceptedReading> sorted, YearMonth period) {
        AcceptedReading found = null;
        for (var reading : sorted) {
            if (YearMonth.from(reading.takenOn()).equals(period)) {
                found = reading;
            }
        }
        return found;
    }

    private static YearMonth min(YearMonth a, YearMonth b) {
        return a.isBefore(b) ? a : b;
    }
}
