package dev.kabinet.metering.readings.web;

import dev.kabinet.metering.readings.SubmissionWindow;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

@Schema(name = "SubmissionWindow", description = "The utility's submission window as it stands now (MT-2)")
public record SubmissionWindowView(
        @Schema(description = "A reading given now is in its period's window", example = "true")
        boolean open,

        @Schema(
                description = "The period (month) a reading given now counts for",
                example = "2026-11",
                type = "string",
                pattern = "^[0-9]{4}-[0-9]{2}$")
        YearMonth period,

        @Schema(description = "First day of that period's window (utility's zone)", example = "2026-11-15")
        LocalDate opensOn,

        @Schema(description = "Its last day (utility's zone)", example = "2026-11-25")
        LocalDate closesOn,

        @Schema(description = "The instant it opens", example = "2026-11-14T21:00:00Z")
        Instant opensAt,

        @Schema(
                description = "The instant it closes (the midnight after its last day)",
                example = "2026-11-25T21:00:00Z")
        Instant closesAt,

        @Schema(description = "The utility's time zone", example = "Europe/Moscow")
        String zone) {

    static SubmissionWindowView of(SubmissionWindow.State state) {
        return new SubmissionWindowView(
                state.open(),
                state.period(),
                state.opensOn(),
                state.closesOn(),
                state.opensAt(),
                state.closesAt(),
                state.zone().getId());
    }
}
