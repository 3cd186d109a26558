package dev.kabinet.payment.payments.web;

import dev.kabinet.payment.payments.Payments;
import dev.kabinet.platform.security.AccountNumber;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/accounts/{number}/payments", produces = "application/json")
@Tag(name = "Payments", description = "Платежи по лицевому счёту (PY-5)")
class PaymentController {

    private final Payments payments;

    PaymentController(Payments payments) {
        this.payments = payments;
    }

    @GetMapping
    @Operation(
            operationId = "history",
            summary = "The account's payments, newest first",
            description = "One page of the history; an empty list when there is none. 403 account-access-denied"
                    + " unless the account is linked to the caller (or the caller is an operator).")
    @ApiResponse(
            responseCode = "200",
            description = "One page of payments",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = PaymentView.class))))
    List<PaymentView> history(
            AccountNumber number,
            @Parameter(description = "Page number, from 0")
                    @RequestParam(defaultValue = "0")
                    @Min(value = 0, message = "{field.page.min}")
                    int page,
            @Parameter(description = "Page size, 1..100")
                    @RequestParam(defaultValue = "20")
                    @Min(value = 1, message = "{field.size.range}")
                    @Max(value = 100, message = "{field.size.range}")
                    int size) {
        return payments.history(number.value(), page, size).stream()
                .map(PaymentView::of)
                .toList();
    }
}
