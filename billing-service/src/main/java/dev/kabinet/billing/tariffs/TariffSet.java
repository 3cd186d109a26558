package dev.kabinet.billing.tariffs;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One tariff as the back office sets it (BL-4, BO-1): its stable id and revision, what it prices, kopecks per unit and
 * the days it is in force ({@code validTo} exclusive, {@code null} until further notice).
 */
public record TariffSet(
        String tariffId,
        long revision,
        UtilityService service,
        ZoneScheme scheme,
        TariffZone zone,
        Unit unit,
        long kopecksPerUnit,
        LocalDate validFrom,
        @Nullable LocalDate validTo) {

    public TariffSet {
        Objects.requireNonNull(tariffId, "tariffId");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(validFrom, "validFrom");
        if (revision < 1 || kopecksPerUnit < 0) {
            throw new IllegalArgumentException("A revision is positive and a tariff never negative");
        }
        if (validTo != null && !validTo.isAfter(validFrom)) {
            throw new IllegalArgumentException("A tariff must be valid for at least one day");
        }
    }
}
