package dev.kabinet.metering.readings;

import dev.kabinet.metering.meters.Meter;
import dev.kabinet.metering.meters.Zone;
import dev.kabinet.metering.system.MeteringProperties.Plausibility;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A reading's consumption that is implausibly high against the meter's history (MT-2, DOMAIN.md "Meter readings": more
 * than 5× the average, a setting): the reading is accepted "for review", not refused.
 *
 * @param zone the first scale (T1, T2, T3) whose consumption is too high
 * @param consumption its consumption since the previous accepted reading (wrapped for a rollover)
 * @param average the average consumption between the meter's recent accepted readings in that scale
 * @param factor the setting it exceeded
 */
public record ConsumptionReview(Zone zone, BigDecimal consumption, BigDecimal average, BigDecimal factor) {

    /**
     * Checks {@code values} against {@code history}: the meter's accepted readings, newest first (the first is the
     * previous accepted one). The average of a scale is over the last {@code periods} intervals between them; with
     * fewer than {@code minPeriods} intervals, or an average of zero, there is nothing to compare with.
     */
    public static Optional<ConsumptionReview> of(
            Meter meter, Map<Zone, BigDecimal> values, List<Reading> history, Plausibility settings) {
        if (history.isEmpty()) {
            return Optional.empty();
        }
        var previous = history.getFirst().values();
        int intervals = Math.min(settings.periods(), history.size() - 1);
        if (intervals < settings.minPeriods()) {
            return Optional.empty();
        }
        for (var zone : meter.zones()) {
            var current = values.get(zone);
            var before = previous.get(zone);
            if (current == null || before == null) {
                continue;
            }
            var total = BigDecimal.ZERO;
            boolean complete = true;
            for (int i = 0; i < intervals; i++) {
                var newer = history.get(i).values().get(zone);
                var older = history.get(i + 1).values().get(zone);
                if (newer == null || older == null) {
                    complete = false;
                    break;
                }
                total = total.add(meter.consumption(older, newer));
            }
            if (!complete || total.signum() == 0) {
                continue;
            }
            var average = total.divide(BigDecimal.valueOf(intervals), meter.decimals(), RoundingMode.HALF_UP);
            var consumption = meter.consumption(before, current);
            if (average.signum() > 0 && consumption.compareTo(average.multiply(settings.factor())) > 0) {
                return Optional.of(new ConsumptionReview(zone, consumption, average, settings.factor()));
            }
        }
        return Optional.empty();
    }
}
