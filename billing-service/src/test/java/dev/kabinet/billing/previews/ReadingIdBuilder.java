package dev.kabinet.billing.previews;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;

/**
 * Test data: reading ids as metering-service makes them — time-ordered (UUID version 7, RFC 9562): 48 bits of Unix
 * milliseconds, the version, 74 random bits with the variant.
 */
public final class ReadingIdBuilder {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ReadingIdBuilder() {}

    /** The id of a reading submitted at {@code submittedAt}. */
    public static UUID aReadingIdSubmittedAt(Instant submittedAt) {
        long millis = submittedAt.toEpochMilli();
        long msb = (millis << 16) | 0x7000L | (RANDOM.nextInt() & 0x0FFFL);
        long lsb = (RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }

    /** The id of a reading submitted just now. */
    public static UUID aFreshReadingId() {
        return aReadingIdSubmittedAt(Instant.now());
    }
}
