package dev.kabinet.notification.deliveries.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.kabinet.notification.deliveries.ReceivedReading;
import dev.kabinet.platform.messaging.IncomingEvent.MalformedEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Notification's own copy of {@code metering.ReadingSubmitted.v1} (contracts/events): only the fields it reads. The
 * golden example of the contract must keep deserialising into it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ReadingSubmittedV1(
        @Nullable UUID readingId,
        @Nullable String accountNumber,
        @Nullable String serialNumber,
        @Nullable Map<String, BigDecimal> values,
        @Nullable Instant submittedAt) {

    static final String TYPE = "metering.ReadingSubmitted.v1";

    /** The reading as the resident is told about it; an event that cannot be one is malformed and never retried. */
    ReceivedReading toReceivedReading() {
        if (readingId == null
                || accountNumber == null
                || serialNumber == null
                || values == null
                || values.isEmpty()
                || submittedAt == null) {
            throw new MalformedEvent(TYPE + " without a required field");
        }
        return new ReceivedReading(readingId, accountNumber, serialNumber, values, submittedAt);
    }
}
