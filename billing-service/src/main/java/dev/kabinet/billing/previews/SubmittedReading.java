package dev.kabinet.billing.previews;

import dev.kabinet.billing.tariffs.TariffZone;
import dev.kabinet.billing.tariffs.UtilityService;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A reading metering accepted for processing, as billing needs it: the values per zone and the previous accepted
 * values (none for a meter's first reading); whether the resident confirmed a rollover of the display and the
 * display's digit capacity, when the event says (MT-7: a rollover is priced by its wrapped consumption).
 */
public record SubmittedReading(
        UUID readingId,
        String accountNumber,
        long meterId,
        UtilityService service,
        Map<TariffZone, BigDecimal> values,
        Map<TariffZone, BigDecimal> previousValues,
        Instant submittedAt,
        boolean rollover,
        @Nullable Integer digitCapacity) {

    /** A reading whose event says nothing of a rollover or of the meter's digit capacity (an earlier producer). */
    public SubmittedReading(
            UUID readingId,
            String accountNumber,
            long meterId,
            UtilityService service,
            Map<TariffZone, BigDecimal> values,
            Map<TariffZone, BigDecimal> previousValues,
            Instant submittedAt) {
        this(readingId, accountNumber, meterId, service, values, previousValues, submittedAt, false, null);
    }

    public SubmittedReading {
        Objects.requireNonNull(readingId, "readingId");
        Objects.requireNonNull(accountNumber, "accountNumber");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(submittedAt, "submittedAt");
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException("A reading has at least one zone value");
        }
        values = Map.copyOf(values);
        previousValues = previousValues == null ? Map.of() : Map.copyOf(previousValues);
    }
}
