package dev.kabinet.payment.refunds.web;

import dev.kabinet.payment.refunds.Refunds;
import dev.kabinet.platform.security.AccountNumber;
import dev.kabinet.platform.web.ProblemResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/accounts/{number}/payments/{id}/refunds", produces = "application/json")
@Tag(name = "Refunds", description = "Возврат платежа по заявлению плательщика (PY-9)")
class RefundController {

    private final Refunds refunds;

    RefundController(Refunds refunds) {
        this.refunds = refunds;
    }

    @GetMapping
    @Operation(
            operationId = "paymentRefunds",
            summary = "What of the payment may be refunded, and the requests made (PY-9)")
    @ProblemResponse(status = 404, types = "payment-not-found", description = "No such payment on this account")
    RefundsView refunds(AccountNumber number, @PathVariable UUID id) {
        return RefundsView.of(
                refunds.terms(number.value(), id),
                refunds.ofPayment(number.value(), id).stream()
                        .map(RefundView::of)
                        .toList());
    }

    @PostMapping(consumes = "application/json")
    @Operation(
            operationId = "requestRefund",
            summary = "Ask for a payment's money back (PY-9)",
            description = "Within the allowed days of the payment, at most the payment less its penalty lines; an"
                    + " operator approves (the bank gives the money back to the card) or rejects it.")
    @ApiResponse(
            responseCode = "201",
            description = "The request, REFUND_REQUESTED",
            content = @Content(schema = @Schema(implementation = RefundView.class)))
    @ProblemResponse(status = 400, types = "validation", description = "No sum, or no reason")
    @ProblemResponse(status = 404, types = "payment-not-found", description = "No such payment on this account")
    @ProblemResponse(
            status = 409,
            types = "refund-already-requested",
            description = "The payment has an open or done refund already")
    @ProblemResponse(
            status = 422,
            types = {"refund-not-allowed", "refund-period-over", "refund-too-large"},
            description = "Not a confirmed card payment, too long ago, or more than may be refunded")
    ResponseEntity<RefundView> request(
            AccountNumber number,
            @PathVariable UUID id,
            @Valid @RequestBody RefundRequest request,
            @Parameter(hidden = true) @AuthenticationPrincipal Jwt caller) {
        var refund = refunds.request(
                number.value(), id, request.amountKopecks(), request.reason().strip(), Callers.name(caller));
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/accounts/" + number.value() + "/payments/" + id + "/refunds"))
                .body(RefundView.of(refund));
    }
}
