package dev.kabinet.billing.tariffs;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** The tariffs of a service as they change over time; picks the one that prices a zone on a given day (BL-4). */
public final class TariffSchedule {

    private final List<Tariff> tariffs;

    private TariffSchedule(List<Tariff> tariffs) {
        this.tariffs = List.copyOf(tariffs);
    }

    public static TariffSchedule of(List<Tariff> tariffs) {
        return new TariffSchedule(tariffs);
    }

    /**
     * The tariff for {@code zone} of a {@code scheme} meter on {@code day}. Should periods overlap by mistake, the one
     * that started last wins.
     *
     * @throws TariffNotFound when no tariff covers that day
     */
    public Tariff applicable(UtilityService service, ZoneScheme scheme, TariffZone zone, LocalDate day) {
        return tariffs.stream()
                .filter(t -> t.prices(service, scheme, zone) && t.appliesOn(day))
                .max(Comparator.comparing(Tariff::validFrom))
                .orElseThrow(() -> new TariffNotFound(service, scheme, zone, day));
    }
}
