package dev.kabinet.billing.tariffs.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.kabinet.billing.tariffs.Normative;
import dev.kabinet.billing.tariffs.Unit;
import dev.kabinet.billing.tariffs.UtilityService;
import dev.kabinet.platform.messaging.IncomingEvent.MalformedEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Billing's own copy of {@code backoffice.NormativeSet.v1} (contracts/events). The golden example of the contract must
 * keep deserialising into it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record NormativeSetV1(
        @Nullable String normativeId,
        @Nullable Long revision,
        @Nullable String service,
        @Nullable String unit,
        @Nullable BigDecimal perResidentPerMonth,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validTo) {

    static final String TYPE = "backoffice.NormativeSet.v1";

    /** The normative as billing keeps it; a record that cannot be one is malformed, dead-lettered at once. */
    Normative toNormative() {
        if (normativeId == null
                || revision == null
                || service == null
                || unit == null
                || perResidentPerMonth == null
                || validFrom == null) {
            throw new MalformedEvent("unreadable: " + TYPE + " without a required field");
        }
        if (validTo != null && !validTo.isAfter(validFrom)) {
            throw new MalformedEvent("invalid-record: /validTo not after /validFrom");
        }
        try {
            return new Normative(
                    normativeId,
                    revision,
                    UtilityService.valueOf(service),
                    Unit.valueOf(unit),
                    perResidentPerMonth,
                    validFrom,
                    validTo);
        } catch (IllegalArgumentException e) {
            throw new MalformedEvent("invalid-record: " + TYPE + " with an unknown value or out of range", e);
        }
    }
}
