package dev.kabinet.billing.closing.web;

import dev.kabinet.billing.closing.PeriodCloseNotFound;
import dev.kabinet.billing.closing.PeriodClosing;
import dev.kabinet.platform.web.ProblemResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.Clock;
import java.time.YearMonth;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operators (role {@code operator}; 403 {@code forbidden} for anybody else) start the monthly close of a period and
 * watch its progress (issue #9, docs/adr/0023). The work itself is done by every billing instance's workers.
 */
@RestController
@RequestMapping(path = "/api/v1/operator/period-closes", produces = "application/json")
@PreAuthorize("hasRole('operator')")
@Tag(name = "Operator: period close", description = "Закрытие расчётного периода — для операторов")
class OperatorPeriodCloseController {

    private final PeriodClosing closing;
    private final Clock clock;

    OperatorPeriodCloseController(PeriodClosing closing, Clock clock) {
        this.closing = closing;
        this.clock = clock;
    }

    @PostMapping("/{period}")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(
            operationId = "startPeriodClose",
            summary = "Start the close of a period that has ended; starting a running close again changes nothing")
    @ApiResponse(
            responseCode = "202",
            description = "The close runs (or ran already): where it stands",
            content = @Content(schema = @Schema(implementation = PeriodCloseView.class)))
    @ProblemResponse(status = 409, types = "period-already-closed", description = "The period is closed")
    @ProblemResponse(
            status = 422,
            types = "period-not-ended",
            description = "The current month or a later one (the utility's time zone)")
    PeriodCloseView start(
            @Parameter(description = "YYYY-MM", example = "2026-10") @PathVariable YearMonth period,
            Principal operator) {
        return PeriodCloseView.of(closing.start(period, operator.getName()), clock.instant());
    }

    @GetMapping("/{period}")
    @Operation(
            operationId = "periodCloseStatus",
            summary = "Where the close of a period stands: accounts done of the total, started, finished, ETA")
    @ApiResponse(
            responseCode = "200",
            description = "The close's progress",
            content = @Content(schema = @Schema(implementation = PeriodCloseView.class)))
    @ProblemResponse(status = 404, types = "period-close-not-found", description = "No close of that period started")
    PeriodCloseView status(@Parameter(description = "YYYY-MM", example = "2026-10") @PathVariable YearMonth period) {
        return closing.status(period)
                .map(s -> PeriodCloseView.of(s, clock.instant()))
                .orElseThrow(() -> new PeriodCloseNotFound(period.toString()));
    }
}
