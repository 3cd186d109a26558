package dev.kabinet.billing.settlements.web;

import dev.kabinet.billing.settlements.Settlements;
import dev.kabinet.billing.system.BillingProperties;
import dev.kabinet.platform.security.AccountNumber;
import dev.kabinet.platform.web.ProblemResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/accounts/{number}", produces = "application/json")
@Tag(name = "Settlements", description = "Balances per charge line (BL-1) and penalties explained (BL-5)")
class SettlementsController {

    private final Settlements settlements;
    private final BillingProperties properties;
    private final Clock clock;

    SettlementsController(Settlements settlements, BillingProperties properties, Clock clock) {
        this.settlements = settlements;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/balances")
    @Operation(
            operationId = "getBalances",
            summary = "Current balance of each charge line: opening, charges, recalculations, payments, debt or"
                    + " overpayment (kopecks)")
    @ApiResponse(
            responseCode = "200",
            description = "The account's charge lines in receipt order; zeros for a line nothing was charged on yet",
            content = @Content(schema = @Schema(implementation = BalancesView.class)))
    BalancesView balances(AccountNumber number) {
        return BalancesView.of(number.value(), settlements.balances(number.value()));
    }

    @GetMapping("/penalties")
    @Operation(
            operationId = "getPenalties",
            summary = "The penalty on each charge line explained interval by interval (Housing Code art. 155 p. 14)")
    @ApiResponse(
            responseCode = "200",
            description = "Penalty per line up to the day asked (today in the utility's time zone by default)",
            content = @Content(schema = @Schema(implementation = PenaltiesView.class)))
    @ProblemResponse(
            status = 422,
            types = "penalty-date-out-of-range",
            description = "asOf is after today or before the key-rate history billing holds")
    PenaltiesView penalties(
            AccountNumber number,
            @Parameter(description = "Count up to this day inclusive, YYYY-MM-DD; today by default")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    @Nullable
                    LocalDate asOf) {
        var today = LocalDate.ofInstant(clock.instant(), properties.timeZone());
        var day = asOf != null ? asOf : today;
        return PenaltiesView.of(number.value(), day, settlements.penalties(number.value(), day, today));
    }
}
