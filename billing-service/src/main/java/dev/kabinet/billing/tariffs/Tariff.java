package dev.kabinet.billing.tariffs;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The price of one unit (kWh, m³, Gcal) of a service in one zone of a zone scheme, in kopecks, over a period of days
 * (BL-4). {@code validTo} is exclusive: the tariff that replaces this one starts on that day; {@code null} means
 * "until further notice". Tariffs in Russia usually change on 1 July.
 */
@Table("tariff")
public class Tariff {

    @Id
    private @Nullable Long id;

    private final UtilityService service;
    private final ZoneScheme scheme;
    private final TariffZone zone;
    private final long kopecksPerUnit;
    private final LocalDate validFrom;
    private final @Nullable LocalDate validTo;

    @PersistenceCreator
    Tariff(
            @Nullable Long id,
            UtilityService service,
            ZoneScheme scheme,
            TariffZone zone,
            long kopecksPerUnit,
            LocalDate validFrom,
            @Nullable LocalDate validTo) {
        if (kopecksPerUnit < 0) {
            throw new IllegalArgumentException("A tariff is never negative");
        }
        if (validTo != null && !validTo.isAfter(validFrom)) {
            throw new IllegalArgumentException("A tariff must be valid for at least one day");
        }
        this.id = id;
        this.service = Objects.requireNonNull(service);
        this.scheme = Objects.requireNonNull(scheme);
        this.zone = Objects.requireNonNull(zone);
        this.kopecksPerUnit = kopecksPerUnit;
        this.validFrom = Objects.requireNonNull(validFrom);
        this.validTo = validTo;
    }

    public static Tariff of(
            UtilityService service,
            ZoneScheme scheme,
            TariffZone zone,
            long kopecksPerUnit,
            LocalDate validFrom,
            @Nullable LocalDate validTo) {
        return new Tariff(null, service, scheme, zone, kopecksPerUnit, validFrom, validTo);
    }

    /** Whether this tariff prices consumption on {@code day}. */
    public boolean appliesOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || day.isBefore(validTo));
    }

    public boolean prices(UtilityService service, ZoneScheme scheme, TariffZone zone) {
        return this.service == service && this.scheme == scheme && this.zone == zone;
    }

    public UtilityService service() {
        return service;
    }

    public ZoneScheme scheme() {
        return scheme;
    }

    public TariffZone zone() {
        return zone;
    }

    public long kopecksPerUnit() {
        return kopecksPerUnit;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public @Nullable LocalDate validTo() {
        return validTo;
    }

    @Override
    public String toString() {
        return service + "/" + scheme + "/" + zone + " " + kopecksPerUnit + " kop. from " + validFrom
                + (validTo == null ? "" : " to " + validTo);
    }
}
