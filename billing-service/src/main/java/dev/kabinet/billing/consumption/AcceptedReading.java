package dev.kabinet.billing.consumption;

import dev.kabinet.billing.tariffs.TariffZone;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A reading metering accepted (metering.ReadingDecided.v1, ACCEPTED): one value per zone, taken on the utility's
 * day {@code takenOn}.
 */
public record AcceptedReading(UUID readingId, long meterId, LocalDate takenOn, Map<TariffZone, BigDecimal> values) {

    public AcceptedReading {
        Objects.requireNonNull(readingId, "readingId");
        Objects.requireNonNull(takenOn, "takenOn");
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException("A reading has at least one zone value");
        }
        values = Map.copyOf(values);
    }
}
