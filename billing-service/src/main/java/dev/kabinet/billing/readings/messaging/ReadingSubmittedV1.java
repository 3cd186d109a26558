package dev.kabinet.billing.readings.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.kabinet.billing.previews.SubmittedReading;
import dev.kabinet.billing.tariffs.TariffZone;
import dev.kabinet.billing.tariffs.UtilityService;
import dev.kabinet.platform.messaging.IncomingEvent.MalformedEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Billing's own copy of {@code metering.ReadingSubmitted.v1} (contracts/events): only the fields billing reads. The
 * golden example of the contract must keep deserialising into it. {@code rollover} and {@code digitCapacity} are
 * optional (issue #8): absent in events of earlier producers, when billing falls back on its own projection of the
 * meter.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ReadingSubmittedV1(
        @Nullable UUID readingId,
        @Nullable String accountNumber,
        @Nullable Long meterId,
        @Nullable String service,
        @Nullable Map<String, BigDecimal> values,
        @Nullable Map<String, BigDecimal> previousValues,
        @Nullable Instant submittedAt,
        @Nullable Boolean rollover,
        @Nullable Integer digitCapacity) {

    static final String TYPE = "metering.ReadingSubmitted.v1";

    /** The reading as billing's domain takes it; an event that cannot be one is malformed and never retried. */
    SubmittedReading toSubmittedReading() {
        if (readingId == null
                || accountNumber == null
                || meterId == null
                || service == null
                || values == null
                || values.isEmpty()
                || submittedAt == null) {
            throw new MalformedEvent(TYPE + " without a required field");
        }
        try {
            return new SubmittedReading(
                    readingId,
                    accountNumber,
                    meterId,
                    UtilityService.valueOf(service),
                    zones(values),
                    previousValues == null ? Map.of() : zones(previousValues),
                    submittedAt,
                    Boolean.TRUE.equals(rollover),
                    digitCapacity);
        } catch (IllegalArgumentException e) {
            throw new MalformedEvent(TYPE + " with an unknown service or zone", e);
        }
    }

    private static Map<TariffZone, BigDecimal> zones(Map<String, BigDecimal> values) {
        var zones = new EnumMap<TariffZone, BigDecimal>(TariffZone.class);
        values.forEach((zone, value) -> zones.put(TariffZone.valueOf(zone), value));
        return zones;
    }
}
