package dev.kabinet.metering.readings.messaging;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * metering's record of {@code backoffice.ReadingTaken.v1} (contracts/events), BO-2: an accepted reading the utility
 * took outside the portal.
 *
 * @param values one decimal string per zone
 * @param channel {@code OFFICE}, {@code CONTROLLER}, {@code PAYMENT} or {@code BACK_OFFICE}
 */
record ReadingTakenV1(
        UUID readingId,
        String accountNumber,
        long meterId,
        Map<String, String> values,
        Instant takenAt,
        String channel) {

    static final String TYPE = "backoffice.ReadingTaken.v1";
}
