package dev.kabinet.billing.tariffs.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.kabinet.billing.tariffs.TariffSet;
import dev.kabinet.billing.tariffs.TariffZone;
import dev.kabinet.billing.tariffs.Unit;
import dev.kabinet.billing.tariffs.UtilityService;
import dev.kabinet.billing.tariffs.ZoneScheme;
import dev.kabinet.platform.messaging.IncomingEvent.MalformedEvent;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Billing's own copy of {@code backoffice.TariffSet.v1} (contracts/events). The golden example of the contract must
 * keep deserialising into it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record TariffSetV1(
        @Nullable String tariffId,
        @Nullable Long revision,
        @Nullable String service,
        @Nullable String scheme,
        @Nullable String zone,
        @Nullable String unit,
        @Nullable Long kopecksPerUnit,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validTo) {

    static final String TYPE = "backoffice.TariffSet.v1";

    /** The tariff as billing keeps it; a record that cannot be one is malformed, dead-lettered at once. */
    TariffSet toTariff() {
        if (tariffId == null
                || revision == null
                || service == null
                || scheme == null
                || zone == null
                || unit == null
                || kopecksPerUnit == null
                || validFrom == null) {
            throw new MalformedEvent("unreadable: " + TYPE + " without a required field");
        }
        if (validTo != null && !validTo.isAfter(validFrom)) {
            throw new MalformedEvent("invalid-record: /validTo not after /validFrom");
        }
        try {
            return new TariffSet(
                    tariffId,
                    revision,
                    UtilityService.valueOf(service),
                    ZoneScheme.valueOf(scheme),
                    TariffZone.valueOf(zone),
                    Unit.valueOf(unit),
                    kopecksPerUnit,
                    validFrom,
                    validTo);
        } catch (IllegalArgumentException e) {
            throw new MalformedEvent("invalid-record: " + TYPE + " with an unknown value or out of range", e);
        }
    }
}
