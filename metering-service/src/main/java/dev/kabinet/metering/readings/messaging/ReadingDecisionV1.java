package dev.kabinet.metering.readings.messaging;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * metering's record of {@code backoffice.ReadingDecided.v1} (contracts/events), BO-2.
 *
 * @param decision {@code ACCEPTED} or {@code REFUSED}
 * @param reasonCode only when refused, e.g. {@code CONSUMPTION_TOO_HIGH}
 * @param reason only when refused: the back office's text for the resident
 */
record ReadingDecisionV1(
        UUID readingId,
        String accountNumber,
        long meterId,
        String decision,
        @Nullable String reasonCode,
        @Nullable String reason,
        Instant decidedAt) {

    static final String TYPE = "backoffice.ReadingDecided.v1";

    boolean accepted() {
        return "ACCEPTED".equals(decision);
    }
}
