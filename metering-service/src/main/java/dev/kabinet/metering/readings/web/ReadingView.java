package dev.kabinet.metering.readings.web;

import dev.kabinet.metering.readings.Channel;
import dev.kabinet.metering.readings.Reading;
import dev.kabinet.metering.readings.ReadingStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

@Schema(name = "Reading", description = "A submitted reading and its status (MT-3)")
public record ReadingView(
        @Schema(example = "5f0c7a52-1b7e-4c1e-9a55-6e2d7f3c9b10")
        UUID id,

        @Schema(example = "101") long meterId,
        @Schema(example = "1000000011") String accountNumber,

        @Schema(
                description = "One decimal string per scale, with the meter's decimals",
                example = "{\"T1\": \"12346.0\"}")
        Map<String, String> values,

        @Schema(description = "IN_PROCESSING until the utility accepts or rejects it", example = "IN_PROCESSING")
        ReadingStatus status,

        @Schema(description = "Why it was rejected (Russian); null unless REJECTED", nullable = true) @Nullable
        String rejectionReason,

        @Schema(description = "How it was submitted", example = "PORTAL")
        Channel channel,

        @Schema(example = "2026-11-22T09:15:30.123Z") Instant submittedAt) {

    static ReadingView of(Reading r) {
        return new ReadingView(
                r.id(),
                r.meterId(),
                r.accountNumber(),
                r.shownValues(),
                r.status(),
                r.rejectionReason(),
                r.channel(),
                r.submittedAt());
    }
}
