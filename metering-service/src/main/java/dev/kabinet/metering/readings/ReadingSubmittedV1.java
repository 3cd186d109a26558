package dev.kabinet.metering.readings;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Event {@code metering.ReadingSubmitted.v1} on topic {@code metering.readings}, key = account number. Its schema and
 * golden example are in {@code contracts/events/}; consumers keep their own copy of the fields they read.
 *
 * @param values one decimal string per zone, with the meter's decimals
 * @param previousValues the meter's last accepted reading, per zone; empty for its first reading
 */
public record ReadingSubmittedV1(
        UUID readingId,
        String accountNumber,
        long meterId,
        String serialNumber,
        String service,
        Map<String, String> values,
        Map<String, String> previousValues,
        String channel,
        Instant submittedAt) {

    public static final String TYPE = "metering.ReadingSubmitted.v1";
}
