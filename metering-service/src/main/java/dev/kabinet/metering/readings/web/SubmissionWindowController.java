package dev.kabinet.metering.readings.web;

import dev.kabinet.metering.readings.Readings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The utility's submission window (MT-2): the same for every account, so not account-scoped. */
@RestController
@RequestMapping(path = "/api/v1/submission-window", produces = "application/json")
@Tag(name = "Readings")
class SubmissionWindowController {

    private final Readings readings;

    SubmissionWindowController(Readings readings) {
        this.readings = readings;
    }

    @GetMapping
    @Operation(
            operationId = "getSubmissionWindow",
            summary = "Where the utility's submission window stands now (MT-2)",
            description = "Days of the month in the utility's time zone; the instants let a page count down without"
                    + " knowing the zone.")
    @ApiResponse(
            responseCode = "200",
            description = "The window",
            content = @Content(schema = @Schema(implementation = SubmissionWindowView.class)))
    SubmissionWindowView window() {
        return SubmissionWindowView.of(readings.window());
    }
}
