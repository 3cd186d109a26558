package dev.kabinet.metering.readings;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochRandomGenerator;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;

/**
 * Reading ids are time-ordered (UUID version 7, RFC 9562): the first 48 bits are the moment the reading was submitted,
 * in Unix milliseconds, the other 74 bits are random. A consumer can tell from an id alone how old a reading is — billing
 * answers "still being calculated" for a fresh reading's charge preview and "not found" for an old one, without
 * revealing whether another account's reading exists — and the ids sort in submission order in an index.
 */
final class ReadingIds {

    private static final TimeBasedEpochRandomGenerator GENERATOR =
            Generators.timeBasedEpochRandomGenerator(new SecureRandom());

    private ReadingIds() {}

    /** A new id for a reading submitted at {@code submittedAt}. */
    static UUID submittedAt(Instant submittedAt) {
        return GENERATOR.construct(submittedAt.toEpochMilli());
    }
}
