package dev.kabinet.notification.deliveries;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/** A reading metering took for processing, as the resident is told about it. Zones in order (T1, T2, T3). */
public record ReceivedReading(
        UUID readingId,
        String accountNumber,
        String serialNumber,
        Map<String, BigDecimal> values,
        Instant submittedAt) {

    public ReceivedReading {
        Objects.requireNonNull(readingId, "readingId");
        Objects.requireNonNull(accountNumber, "accountNumber");
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(submittedAt, "submittedAt");
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException("A reading has at least one zone value");
        }
        values = java.util.Collections.unmodifiableMap(new TreeMap<>(values));
    }
}
