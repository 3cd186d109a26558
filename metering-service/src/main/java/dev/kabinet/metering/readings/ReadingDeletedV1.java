package dev.kabinet.metering.readings;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Event {@code metering.ReadingDeleted.v1} on topic {@code metering.readings}, key = account number (MT-4): the
 * resident deleted a reading still in processing; consumers drop what they hold of it. Schema and golden example in
 * {@code contracts/events/}.
 */
public record ReadingDeletedV1(UUID readingId, String accountNumber, long meterId, Instant deletedAt) {

    public static final String TYPE = "metering.ReadingDeleted.v1";

    static ReadingDeletedV1 of(Reading reading, Instant at) {
        return new ReadingDeletedV1(
                reading.id(), reading.accountNumber(), reading.meterId(), at.truncatedTo(ChronoUnit.MILLIS));
    }
}
