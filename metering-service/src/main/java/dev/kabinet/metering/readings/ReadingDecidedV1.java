package dev.kabinet.metering.readings;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Event {@code metering.ReadingDecided.v1} on topic {@code metering.readings}, key = account number (BO-2, MT-3):
 * metering applied the back office's decision. Schema and golden example in {@code contracts/events/}.
 *
 * @param values one decimal string per zone, with the meter's decimals
 * @param status {@code ACCEPTED} or {@code REJECTED}
 * @param reasonCode the back office's code; only when rejected
 * @param reason the back office's text for the resident; only when rejected
 * @param decidedAt when the back office decided
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReadingDecidedV1(
        UUID readingId,
        String accountNumber,
        long meterId,
        Map<String, String> values,
        String channel,
        String status,
        @Nullable String reasonCode,
        @Nullable String reason,
        Instant submittedAt,
        Instant decidedAt) {

    public static final String TYPE = "metering.ReadingDecided.v1";
}
