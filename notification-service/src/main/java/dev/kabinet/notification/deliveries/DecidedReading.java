package dev.kabinet.notification.deliveries;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A reading the back office decided on (MT-3, from {@code metering.ReadingDecided.v1}), as the resident is told about
 * it: accepted, or refused with the back office's reason.
 *
 * @param meterName the meter's serial number when notification knows it, else {@code №<registry id>}
 * @param reason the back office's text for the resident; only when refused
 */
public record DecidedReading(
        UUID readingId,
        String accountNumber,
        String meterName,
        Map<String, BigDecimal> values,
        Instant submittedAt,
        boolean accepted,
        @Nullable String reason) {

    public DecidedReading {
        Objects.requireNonNull(readingId, "readingId");
        Objects.requireNonNull(accountNumber, "accountNumber");
        Objects.requireNonNull(meterName, "meterName");
        Objects.requireNonNull(submittedAt, "submittedAt");
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException("A reading has at least one zone value");
        }
        if (!accepted && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("A refused reading has a reason");
        }
        values = Collections.unmodifiableMap(new TreeMap<>(values));
    }
}
