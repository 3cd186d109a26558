package dev.kabinet.metering.meters.web;

import dev.kabinet.metering.meters.ManualReadingRefusal;
import dev.kabinet.metering.meters.MeterOverview;
import dev.kabinet.metering.meters.UtilityService;
import dev.kabinet.metering.meters.Zone;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

@Schema(name = "Meter", description = "An individual meter of the account with its newest reading (MT-1)")
public record MeterView(
        @Schema(description = "Meter id (the utility's registry number)", example = "101")
        long id,

        @Schema(description = "Serial number on the meter", example = "ЭМ-101-2019")
        String serialNumber,

        @Schema(example = "ELECTRICITY") UtilityService service,

        @Schema(description = "Scales: T1 single or day, T2 night, T3 peak", example = "[\"T1\"]")
        List<Zone> zones,

        @Schema(description = "Digits before the decimal point on the display", example = "6")
        int digitCapacity,

        @Schema(description = "Digits after the decimal point on the display", example = "1")
        int decimals,

        @Schema(description = "Read remotely (smart meter): takes no manual readings", example = "false")
        boolean remote,

        @Schema(
                description = "Verification (поверка) due date; readings are refused after it; null when not tracked",
                example = "2031-06-30",
                nullable = true)
        @Nullable
        LocalDate verificationDue,

        @Schema(description = "Taken out of service: shown, takes no readings", example = "false")
        boolean retired,

        @Schema(description = "The newest reading of any status; null when the meter has none", nullable = true)
        @Nullable
        LastReadingView lastReading,

        @Schema(
                description = "The newest accepted reading (what a new one is checked against) and its date; null when"
                        + " the meter has none",
                nullable = true)
        @Nullable
        LastReadingView lastAccepted,

        @Schema(
                description = "Why the resident cannot give this meter a reading today (the form is not offered and"
                        + " the API refuses one); null when they can",
                nullable = true,
                example = "VERIFICATION_OVERDUE")
        @Nullable
        ManualReadingRefusal manualReadingRefusal) {

    static MeterView of(MeterOverview overview) {
        var m = overview.meter();
        return new MeterView(
                m.id(),
                m.serialNumber(),
                m.service(),
                m.zones(),
                m.digitCapacity(),
                m.decimals(),
                m.remote(),
                m.verificationDue(),
                m.retired(),
                overview.lastReading().map(LastReadingView::of).orElse(null),
                overview.lastAccepted().map(LastReadingView::of).orElse(null),
                overview.refusal().orElse(null));
    }

    @Schema(name = "LastReading")
    public record LastReadingView(
            @Schema(description = "One decimal string per scale", example = "{\"T1\": \"12345.6\"}")
            Map<String, String> values,

            @Schema(
                    allowableValues = {"IN_PROCESSING", "ACCEPTED", "REJECTED"},
                    example = "ACCEPTED")
            String status,

            @Schema(example = "2026-10-24T07:00:00Z") Instant submittedAt) {

        static LastReadingView of(dev.kabinet.metering.meters.LastReading last) {
            var values = new LinkedHashMap<String, String>();
            last.values().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(e -> values.put(e.getKey().name(), e.getValue()));
            return new LastReadingView(values, last.status(), last.submittedAt());
        }
    }
}
