package dev.kabinet.billing.consumption.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.kabinet.billing.tariffs.TariffZone;
import dev.kabinet.platform.messaging.IncomingEvent.MalformedEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Billing's own copy of {@code metering.ReadingDecided.v1} (contracts/events): only the fields billing reads. The
 * golden example of the contract must keep deserialising into it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ReadingDecidedV1(
        @Nullable UUID readingId,
        @Nullable String accountNumber,
        @Nullable Long meterId,
        @Nullable Map<String, BigDecimal> values,
        @Nullable String channel,
        @Nullable String status,
        @Nullable Instant submittedAt) {

    static final String TYPE = "metering.ReadingDecided.v1";

    boolean accepted() {
        return "ACCEPTED".equals(status);
    }

    Map<TariffZone, BigDecimal> zoneValues() {
        if (readingId == null
                || accountNumber == null
                || meterId == null
                || values == null
                || values.isEmpty()
                || channel == null
                || submittedAt == null) {
            throw new MalformedEvent("unreadable: " + TYPE + " without a required field");
        }
        var zones = new EnumMap<TariffZone, BigDecimal>(TariffZone.class);
        try {
            values.forEach((zone, value) -> zones.put(TariffZone.valueOf(zone), value));
        } catch (IllegalArgumentException e) {
            throw new MalformedEvent("invalid-record: /values unknown zone", e);
        }
        return zones;
    }
}
