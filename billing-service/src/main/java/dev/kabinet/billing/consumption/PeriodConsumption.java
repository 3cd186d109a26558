package dev.kabinet.billing.consumption;

import dev.kabinet.billing.tariffs.TariffZone;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;

/**
 * One meter's consumption in one billing period (a calendar month), per zone (BL-2).
 *
 * @param volumes units charged for this period by {@code method}; for {@link ConsumptionMethod#METERED}, everything
 *     the meter counted since the last accepted reading before the period
 * @param recalculation units withdrawn (negative) from earlier periods charged by the average or the normative, now
 *     that a reading covers them (Decree 354 p. 61); empty when nothing was estimated
 * @param estimatedInRow how many periods in a row, this one included, were charged without a reading
 */
public record PeriodConsumption(
        YearMonth period,
        ConsumptionMethod method,
        Map<TariffZone, BigDecimal> volumes,
        Map<TariffZone, BigDecimal> recalculation,
        int estimatedInRow) {

    public PeriodConsumption {
        volumes = Map.copyOf(volumes);
        recalculation = Map.copyOf(recalculation);
    }

    /** Units charged in this period for a zone: its volume plus its recalculation (which may make it negative). */
    public BigDecimal net(TariffZone zone) {
        return volumes.getOrDefault(zone, BigDecimal.ZERO).add(recalculation.getOrDefault(zone, BigDecimal.ZERO));
    }
}
