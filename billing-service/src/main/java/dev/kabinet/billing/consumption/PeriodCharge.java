package dev.kabinet.billing.consumption;

import dev.kabinet.billing.tariffs.PricedPart;
import dev.kabinet.billing.tariffs.TariffSchedule;
import dev.kabinet.billing.tariffs.TariffSplit;
import dev.kabinet.billing.tariffs.TariffZone;
import dev.kabinet.billing.tariffs.UtilityService;
import dev.kabinet.billing.tariffs.ZoneScheme;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The charge of one meter's {@link PeriodConsumption} (BL-2, BL-4): each zone's volume priced over the period's days
 * by {@link TariffSplit} — the code the instant preview (MT-7) prices a reading with — and each zone's recalculation
 * (units withdrawn, negative) priced the same way and negated, so the receipt shows charges and recalculations apart.
 *
 * @param charges the period's charge per zone and tariff part, kopecks (never negative)
 * @param recalculations the credit for earlier estimated periods per zone and part, kopecks (negative or zero)
 */
public record PeriodCharge(
        PeriodConsumption consumption,
        Map<TariffZone, List<PricedPart>> charges,
        Map<TariffZone, List<PricedPart>> recalculations) {

    /**
     * Prices {@code consumption} of a {@code scheme} meter of {@code service}.
     *
     * @throws dev.kabinet.billing.tariffs.TariffNotFound when a day of the period has no tariff for a zone charged
     */
    public static PeriodCharge price(
            PeriodConsumption consumption, TariffSchedule tariffs, UtilityService service, ZoneScheme scheme) {
        var from = consumption.period().atDay(1);
        var to = consumption.period().plusMonths(1).atDay(1);
        var charges = new java.util.EnumMap<TariffZone, List<PricedPart>>(TariffZone.class);
        var recalculations = new java.util.EnumMap<TariffZone, List<PricedPart>>(TariffZone.class);
        var zones = new TreeSet<>(consumption.volumes().keySet());
        zones.addAll(consumption.recalculation().keySet());
        for (var zone : zones) {
            var volume = consumption.volumes().getOrDefault(zone, BigDecimal.ZERO);
            if (volume.signum() > 0) {
                charges.put(zone, TariffSplit.price(volume, from, to, tariffs, service, scheme, zone));
            }
            var withdrawn = consumption.recalculation().getOrDefault(zone, BigDecimal.ZERO);
            if (withdrawn.signum() != 0) {
                var credit = new ArrayList<PricedPart>();
                for (var part : TariffSplit.price(withdrawn.abs(), from, to, tariffs, service, scheme, zone)) {
                    credit.add(new PricedPart(
                            part.from(),
                            part.to(),
                            part.days(),
                            part.consumption().multiply(BigDecimal.valueOf(withdrawn.signum())),
                            part.kopecksPerUnit(),
                            part.amountKopecks() * withdrawn.signum()));
                }
                recalculations.put(zone, List.copyOf(credit));
            }
        }
        return new PeriodCharge(consumption, charges, recalculations);
    }

    /** The period's charges, kopecks. */
    public long chargesKopecks() {
        return charges.values().stream()
                .flatMap(List::stream)
                .mapToLong(PricedPart::amountKopecks)
                .sum();
    }

    /** The recalculations, kopecks (negative: a credit). */
    public long recalculationsKopecks() {
        return recalculations.values().stream()
                .flatMap(List::stream)
                .mapToLong(PricedPart::amountKopecks)
                .sum();
    }
}
