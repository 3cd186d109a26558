package dev.kabinet.notification.deliveries.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.kabinet.platform.messaging.IncomingEvent.MalformedEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Notification's own copy of {@code metering.ReadingDecided.v1} (contracts/events): only the fields it reads. The
 * golden example of the contract must keep deserialising into it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ReadingDecidedV1(
        @Nullable UUID readingId,
        @Nullable String accountNumber,
        @Nullable Long meterId,
        @Nullable Map<String, BigDecimal> values,
        @Nullable String status,
        @Nullable String reason,
        @Nullable Instant submittedAt) {

    static final String TYPE = "metering.ReadingDecided.v1";

    /** Whether the back office accepted the reading; an event that says neither is malformed and never retried. */
    boolean accepted() {
        requireFields();
        return switch (status) {
            case "ACCEPTED" -> true;
            case "REJECTED" -> {
                if (reason == null || reason.isBlank()) {
                    throw new MalformedEvent("invalid-record: /reason required when REJECTED");
                }
                yield false;
            }
            default -> throw new MalformedEvent("invalid-record: /status unknown");
        };
    }

    void requireFields() {
        if (readingId == null
                || accountNumber == null
                || meterId == null
                || values == null
                || values.isEmpty()
                || status == null
                || submittedAt == null) {
            throw new MalformedEvent("unreadable: " + TYPE + " without a required field");
        }
    }
}
