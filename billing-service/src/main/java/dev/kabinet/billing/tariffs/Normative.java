package dev.kabinet.billing.tariffs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Monthly consumption of a service per registered resident (Decree 354 p. 59(b), 60), as the back office sets it:
 * charged for a meter without readings once the average of its history may no longer be used.
 */
public record Normative(
        String normativeId,
        long revision,
        UtilityService service,
        Unit unit,
        BigDecimal perResidentPerMonth,
        LocalDate validFrom,
        @Nullable LocalDate validTo) {

    public Normative {
        Objects.requireNonNull(normativeId, "normativeId");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(validFrom, "validFrom");
        if (revision < 1 || perResidentPerMonth.signum() < 0) {
            throw new IllegalArgumentException("A revision is positive and a normative never negative");
        }
        if (validTo != null && !validTo.isAfter(validFrom)) {
            throw new IllegalArgumentException("A normative must be valid for at least one day");
        }
    }

    /** Whether this normative is in force on {@code day}. */
    public boolean appliesOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || day.isBefore(validTo));
    }
}
