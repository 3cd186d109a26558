package dev.kabinet.billing.receipts.web;

import dev.kabinet.billing.receipts.AccountStatements;
import dev.kabinet.platform.security.AccountNumber;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/accounts/{number}", produces = "application/json")
@Tag(name = "Statements", description = "Settlements per period and line (BL-1, BL-2) and the tariffs (BL-4)")
class StatementsController {

    private final AccountStatements statements;

    StatementsController(AccountStatements statements) {
        this.statements = statements;
    }

    @GetMapping("/settlements")
    @Operation(
            operationId = "getSettlementHistory",
            summary = "Every settled period, newest first, each charge line's opening, charges, recalculations,"
                    + " payments and closing (kopecks)")
    @ApiResponse(
            responseCode = "200",
            description = "Empty periods before anything was charged or paid",
            content = @Content(schema = @Schema(implementation = SettlementHistoryView.class)))
    SettlementHistoryView settlements(AccountNumber number) {
        return SettlementHistoryView.of(number.value(), statements.periods(number.value()));
    }

    @GetMapping("/tariffs")
    @Operation(operationId = "getTariffs", summary = "The tariffs of the account's services, changing over time")
    @ApiResponse(
            responseCode = "200",
            description = "By service, zone scheme, zone and start date; validTo exclusive, null while in force",
            content = @Content(schema = @Schema(implementation = TariffsView.class)))
    TariffsView tariffs(AccountNumber number) {
        return TariffsView.of(number.value(), statements.tariffs(number.value()));
    }
}
