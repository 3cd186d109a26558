package dev.kabinet.account.visits.web;

import dev.kabinet.account.visits.VisitRequestForm;
import dev.kabinet.account.visits.VisitRequests;
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
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping(path = "/api/v1/accounts/{number}/visit-requests", produces = "application/json")
@Tag(name = "Visits", description = "Вызов специалиста (AC-4)")
class VisitRequestController {

    static final String TOTAL_COUNT = "X-Total-Count";

    private final VisitRequests visits;

    VisitRequestController(VisitRequests visits) {
        this.visits = visits;
    }

    @PostMapping(consumes = "application/json")
    @Operation(
            operationId = "sendVisitRequest",
            summary = "Ask for a specialist visit",
            description = "Reason (seal, check or replace a meter), optionally which meter, the days that suit (from"
                    + " tomorrow, at most 90 days ahead), a contact phone and a comment. Every field problem at once"
                    + " (`visit-request-invalid`); a refused request stores nothing. Sent to the utility's back office"
                    + " (account.VisitRequested.v1); its answers update the status.")
    @ApiResponse(
            responseCode = "201",
            description = "Sent to the utility",
            headers = @Header(name = "Location", schema = @Schema(type = "string", format = "uri")),
            content = @Content(schema = @Schema(implementation = VisitRequestView.class)))
    @ProblemResponse(status = 404, types = "account-not-found", description = "(operators) no such account")
    @ProblemResponse(status = 409, types = "account-closed", description = "The account is closed")
    @ProblemResponse(status = 422, types = "visit-request-invalid", description = "See `errors[]`")
    ResponseEntity<VisitRequestView> send(AccountNumber number, @Valid @RequestBody SendVisitRequest request) {
        var form = VisitRequestForm.of(
                request.reason(),
                request.meterSerial(),
                request.preferredFrom(),
                request.preferredTo(),
                request.contactPhone(),
                request.comment(),
                visits.today());
        var sent = visits.send(number.value(), form);
        var location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/accounts/{number}/visit-requests/{id}")
                .buildAndExpand(number.value(), sent.id())
                .toUri();
        return ResponseEntity.created(location).body(VisitRequestView.of(sent));
    }

    @GetMapping
    @Operation(
            operationId = "listVisitRequests",
            summary = "The account's visit requests, newest first",
            description = "Paged; the total count is in the X-Total-Count header.")
    @ApiResponse(
            responseCode = "200",
            description = "One page",
            headers = @Header(name = TOTAL_COUNT, schema = @Schema(type = "integer")),
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = VisitRequestView.class))))
    ResponseEntity<List<VisitRequestView>> list(
            AccountNumber number,
            @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") @Min(0) @Max(100_000)
                    int page,
            @Parameter(description = "Page size, 1..100") @RequestParam(defaultValue = "10") @Min(1) @Max(100)
                    int size) {
        var found = visits.ofAccount(number.value(), page, size);
        return ResponseEntity.ok()
                .header(TOTAL_COUNT, Long.toString(found.getTotalElements()))
                .body(found.map(VisitRequestView::of).getContent());
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getVisitRequest", summary = "One visit request with its status")
    @ApiResponse(
            responseCode = "200",
            description = "The request",
            content = @Content(schema = @Schema(implementation = VisitRequestView.class)))
    @ProblemResponse(status = 404, types = "visit-request-not-found", description = "Not a request of this account")
    VisitRequestView one(AccountNumber number, @Parameter(description = "Request id") @PathVariable UUID id) {
        return VisitRequestView.of(visits.one(number.value(), id));
    }
}
