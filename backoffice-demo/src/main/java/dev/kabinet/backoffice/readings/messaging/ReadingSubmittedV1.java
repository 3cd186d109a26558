package dev.kabinet.backoffice.readings.messaging;

import java.util.Map;
import java.util.UUID;

/** The back office's record of {@code metering.ReadingSubmitted.v1} (contracts/events): the fields it decides on. */
record ReadingSubmittedV1(
        UUID readingId,
        String accountNumber,
        long meterId,
        Map<String, String> values,
        Map<String, String> previousValues) {

    static final String TYPE = "metering.ReadingSubmitted.v1";
}
