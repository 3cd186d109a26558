package dev.kabinet.billing.previews;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What a reading id tells by itself. metering-service gives readings time-ordered ids (UUID version 7, RFC 9562): the
 * first 48 bits are the Unix time in milliseconds the reading was submitted at. Billing reads that time to tell an id
 * whose preview may still be on its way from one it will never have, without asking anyone whether the reading exists.
 */
final class ReadingIds {

    private ReadingIds() {}

    /** When the reading with this id was submitted; empty for an id that is not time-ordered (version 7). */
    static Optional<Instant> submittedAt(UUID readingId) {
        if (readingId.version() != 7 || readingId.variant() != 2) {
            return Optional.empty();
        }
        return Optional.of(Instant.ofEpochMilli(readingId.getMostSignificantBits() >>> 16));
    }
}
