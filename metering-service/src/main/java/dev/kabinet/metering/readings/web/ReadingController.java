package dev.kabinet.metering.readings.web;

import dev.kabinet.metering.readings.HistoryQuery;
import dev.kabinet.metering.readings.ReadingStatus;
import dev.kabinet.metering.readings.Readings;
import dev.kabinet.platform.security.AccountNumber;
import dev.kabinet.platform.web.ProblemResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping(path = "/api/v1/accounts/{number}", produces = "application/json")
@Tag(name = "Readings", description = "Submitting meter readings and following their status (MT-2, MT-3)")
class ReadingController {

    static final String TOTAL_COUNT = "X-Total-Count";

    private final Readings readings;

    ReadingController(Readings readings) {
        this.readings = readings;
    }

    @PostMapping(path = "/meters/{meterId}/readings", consumes = "application/json")
    @Operation(
            operationId = "submitReading",
            summary = "Submit a meter reading",
            description = "One value per scale of the meter. All field problems are reported at once; a refused"
                    + " reading changes nothing. Problem types: `reading-invalid` (errors[] per `values.T1`...),"
                    + " `reading-below-previous`, `reading-rollover-unconfirmed` (send again with"
                    + " rolloverConfirmed), `meter-remotely-read`, `meter-verification-overdue`, `meter-retired`,"
                    + " `meter-not-found`. The accepted reading is IN_PROCESSING; outside the submission window it"
                    + " counts for the next period (`period`, `outsideWindow`); an implausibly high consumption is"
                    + " accepted for review (`review`). Billing and notification learn of it through the event"
                    + " metering.ReadingSubmitted.v1.")
    @ApiResponse(
            responseCode = "201",
            description = "Stored and in processing",
            headers =
                    @Header(
                            name = "Location",
                            description = "URL of the new reading",
                            schema = @Schema(type = "string", format = "uri")),
            content = @Content(schema = @Schema(implementation = ReadingView.class)))
    @ProblemResponse(
            status = 404,
            types = "meter-not-found",
            description = "No such meter on this account (nor is one of another account revealed)")
    @ProblemResponse(
            status = 422,
            types = {
                "reading-invalid",
                "reading-below-previous",
                "reading-rollover-unconfirmed",
                "meter-remotely-read",
                "meter-verification-overdue",
                "meter-retired"
            },
            description = "The reading was refused: see `type` and `errors`")
    ResponseEntity<ReadingView> submit(
            AccountNumber number,
            @Parameter(description = "Meter id", example = "101") @PathVariable long meterId,
            @Valid @RequestBody SubmitReadingRequest request) {
        var reading = readings.submit(
                number.value(), meterId, request.values(), request.confirmsRollover(), request.submittedThrough());
        var location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/accounts/{number}/readings/{id}")
                .buildAndExpand(number.value(), reading.id())
                .toUri();
        return ResponseEntity.created(location).body(ReadingView.of(reading));
    }

    @GetMapping("/readings")
    @Operation(
            operationId = "listReadings",
            summary = "The account's reading history, newest first unless sorted otherwise (MT-3, MT-5)",
            description = "Readings of every meter of the account with their status and channel, for a chosen period"
                    + " of days (both included, in the utility's time zone), meter and status. Sorted by `sort`"
                    + " (then newest first). Paged; the total count is in the X-Total-Count header.")
    @ApiResponse(
            responseCode = "200",
            description = "One page of readings",
            headers =
                    @Header(
                            name = TOTAL_COUNT,
                            description = "Readings of the account the filter selects, in all pages",
                            schema = @Schema(type = "integer")),
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = ReadingView.class))))
    @ProblemResponse(status = 400, types = "validation", description = "A filter or the sort is malformed")
    ResponseEntity<List<ReadingView>> list(
            AccountNumber number,
            @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") @Min(0) @Max(100_000)
                    int page,
            @Parameter(description = "Page size, 1..100") @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
            @Parameter(
                            description = "First day of the period (in the utility's zone), included",
                            example = "2026-01-01")
                    @RequestParam(required = false)
                    @Nullable
                    LocalDate from,
            @Parameter(description = "Last day of the period, included", example = "2026-11-30")
                    @RequestParam(required = false)
                    @Nullable
                    LocalDate to,
            @Parameter(description = "Only this meter's readings", example = "101")
                    @RequestParam(required = false)
                    @Nullable
                    Long meterId,
            @Parameter(description = "Only readings of this status") @RequestParam(required = false) @Nullable
                    ReadingStatus status,
            @Parameter(
                            description = "Column and direction: submittedAt, meter, status, channel or period, then"
                                    + " `,asc` or `,desc`",
                            example = "submittedAt,desc")
                    @RequestParam(defaultValue = "submittedAt,desc")
                    @Pattern(regexp = "(submittedAt|meter|status|channel|period),(asc|desc)")
                    String sort) {
        var parts = sort.split(",");
        var by =
                switch (parts[0]) {
                    case "meter" -> HistoryQuery.SortBy.METER;
                    case "status" -> HistoryQuery.SortBy.STATUS;
                    case "channel" -> HistoryQuery.SortBy.CHANNEL;
                    case "period" -> HistoryQuery.SortBy.PERIOD;
                    default -> HistoryQuery.SortBy.SUBMITTED_AT;
                };
        var query = new HistoryQuery(from, to, meterId, status, by, "asc".equals(parts[1]));
        var found = readings.history(number.value(), query, page, size);
        return ResponseEntity.ok()
                .header(TOTAL_COUNT, Long.toString(found.getTotalElements()))
                .body(found.map(ReadingView::of).getContent());
    }

    @GetMapping("/readings/{readingId}")
    @Operation(operationId = "getReading", summary = "Get one reading with its status")
    @ApiResponse(
            responseCode = "200",
            description = "The reading",
            content = @Content(schema = @Schema(implementation = ReadingView.class)))
    @ProblemResponse(
            status = 404,
            types = "reading-not-found",
            description = "No such reading on this account (nor is one of another account revealed)")
    ReadingView one(AccountNumber number, @Parameter(description = "Reading id") @PathVariable UUID readingId) {
        return ReadingView.of(readings.one(number.value(), readingId));
    }

    @DeleteMapping("/readings/{readingId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            operationId = "deleteReading",
            summary = "Delete one's own reading while it is in processing (MT-4)",
            description = "Allowed until the back office accepts or rejects the reading; publishes "
                    + "metering.ReadingDeleted.v1.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ProblemResponse(
            status = 404,
            types = "reading-not-found",
            description = "No such reading on this account (another account's reading is answered the same way)")
    @ProblemResponse(
            status = 409,
            types = "reading-already-decided",
            description = "The back office has accepted or rejected it: it is no longer deleted")
    void delete(AccountNumber number, @Parameter(description = "Reading id") @PathVariable UUID readingId) {
        readings.delete(number.value(), readingId);
    }
}
