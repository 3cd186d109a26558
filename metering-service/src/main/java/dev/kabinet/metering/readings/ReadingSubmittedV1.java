package dev.kabinet.metering.readings;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Event {@code metering.ReadingSubmitted.v1} on topic {@code metering.readings}, key = account number. Its schema and
 * golden example are in {@code contracts/events/}; consumers keep their own copy of the fields they read.
 *
 * @param values one decimal string per zone, with the meter's decimals
 * @param previousValues the meter's last accepted reading, per zone; empty for its first reading
 * @param period optional (issue #8): the month the reading counts for, {@code yyyy-MM} (MT-2)
 * @param outsideWindow optional: given outside the submission window, so it counts for the next period
 * @param rollover optional: the resident confirmed a rollover of the display; a lower value wraps at {@code
 *     digitCapacity} (MT-7: billing prices the wrapped consumption)
 * @param forReview optional: accepted for review, its consumption implausibly high against the meter's history
 * @param digitCapacity optional: digits before the decimal point on the meter's display
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReadingSubmittedV1(
        UUID readingId,
        String accountNumber,
        long meterId,
        String serialNumber,
        String service,
        Map<String, String> values,
        Map<String, String> previousValues,
        String channel,
        Instant submittedAt,
        @Nullable String period,
        @Nullable Boolean outsideWindow,
        @Nullable Boolean rollover,
        @Nullable Boolean forReview,
        @Nullable Integer digitCapacity) {

    public static final String TYPE = "metering.ReadingSubmitted.v1";
}
