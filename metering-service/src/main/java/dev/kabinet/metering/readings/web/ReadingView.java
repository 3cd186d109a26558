package dev.kabinet.metering.readings.web;

import dev.kabinet.metering.meters.Zone;
import dev.kabinet.metering.readings.Channel;
import dev.kabinet.metering.readings.ConsumptionReview;
import dev.kabinet.metering.readings.Reading;
import dev.kabinet.metering.readings.ReadingStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.YearMonth;
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

        @Schema(example = "2026-11-22T09:15:30.123Z") Instant submittedAt,

        @Schema(
                description = "The period (month) the reading counts for; null for readings taken by the utility",
                example = "2026-11",
                type = "string",
                pattern = "^[0-9]{4}-[0-9]{2}$",
                nullable = true)
        @Nullable
        YearMonth period,

        @Schema(description = "Given outside the submission window: counts for the next period", example = "false")
        boolean outsideWindow,

        @Schema(description = "A rollover of the display the resident confirmed", example = "false")
        boolean rollover,

        @Schema(
                description = "Accepted for review: the consumption is implausibly high against the meter's history;"
                        + " null when it is not",
                nullable = true)
        @Nullable
        ReviewView review) {

    @Schema(name = "ReadingReview", description = "Why a reading is held for review (MT-2)")
    public record ReviewView(
            @Schema(example = "T1") Zone zone,

            @Schema(description = "Consumption since the previous accepted reading", example = "5000.0")
            String consumption,

            @Schema(description = "Average consumption between the meter's recent accepted readings", example = "180.5")
            String average,

            @Schema(description = "The factor it exceeds (a setting)", example = "5")
            String factor) {}

    static ReadingView of(Reading r) {
        return new ReadingView(
                r.id(),
                r.meterId(),
                r.accountNumber(),
                r.shownValues(),
                r.status(),
                r.rejectionReason(),
                r.channel(),
                r.submittedAt(),
                r.period() == null ? null : YearMonth.from(r.period()),
                r.outsideWindow(),
                r.rollover(),
                r.review() == null ? null : reviewOf(r.review()));
    }

    private static ReviewView reviewOf(ConsumptionReview review) {
        return new ReviewView(
                review.zone(),
                review.consumption().toPlainString(),
                review.average().toPlainString(),
                review.factor().stripTrailingZeros().toPlainString());
    }
}
