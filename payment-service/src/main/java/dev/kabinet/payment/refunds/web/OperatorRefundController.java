package dev.kabinet.payment.refunds.web;

import dev.kabinet.payment.refunds.RefundStatus;
import dev.kabinet.payment.refunds.Refunds;
import dev.kabinet.platform.web.ProblemResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operators (role {@code operator}; 403 {@code forbidden} for anybody else) decide refund requests (PY-9): approve
 * (the bank gives the money back) or reject with a reason. Who decided and when is kept on the request.
 */
@RestController
@RequestMapping(path = "/api/v1/operator/refunds", produces = "application/json")
@PreAuthorize("hasRole('operator')")
@Tag(name = "Operator: refunds", description = "Заявления на возврат платежей — для операторов")
class OperatorRefundController {

    private final Refunds refunds;

    OperatorRefundController(Refunds refunds) {
        this.refunds = refunds;
    }

    @GetMapping
    @Operation(
            operationId = "operatorRefunds",
            summary = "Refund requests of one status (oldest first), or all (newest first)")
    @ApiResponse(
            responseCode = "200",
            description = "A page of requests",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = RefundView.class))))
    List<RefundView> queue(
            @Parameter(description = "Only requests in this status") @RequestParam(required = false) @Nullable
                    RefundStatus status,
            @Parameter(description = "Page number, from 0")
                    @RequestParam(defaultValue = "0")
                    @Min(value = 0, message = "{field.page.min}")
                    int page,
            @Parameter(description = "Page size, 1..100")
                    @RequestParam(defaultValue = "50")
                    @Min(value = 1, message = "{field.size.range}")
                    @Max(value = 100, message = "{field.size.range}")
                    int size) {
        return refunds.queue(status, page, size).stream().map(RefundView::of).toList();
    }

    @PostMapping("/{id}/approve")
    @Operation(
            operationId = "approveRefund",
            summary = "Approve a request: the bank gives the money back to the card",
            description = "REFUNDED when the bank did it, REFUND_FAILED when it refused; 503 when its answer is unknown"
                    + " (the request stays APPROVED: approve again later, the bank is asked first).")
    @ProblemResponse(status = 404, types = "refund-not-found", description = "No such request")
    @ProblemResponse(status = 409, types = "refund-already-decided", description = "Rejected or done already")
    @ProblemResponse(
            status = 503,
            types = "payment-provider-unavailable",
            description = "The bank did not answer; approve again later")
    RefundView approve(@PathVariable UUID id, @Parameter(hidden = true) @AuthenticationPrincipal Jwt caller) {
        return RefundView.of(refunds.approve(id, Callers.name(caller)));
    }

    @PostMapping(path = "/{id}/reject", consumes = "application/json")
    @Operation(operationId = "rejectRefund", summary = "Reject a request, saying why")
    @ProblemResponse(status = 400, types = "validation", description = "No reason")
    @ProblemResponse(status = 404, types = "refund-not-found", description = "No such request")
    @ProblemResponse(status = 409, types = "refund-already-decided", description = "Decided already")
    RefundView reject(
            @PathVariable UUID id,
            @Valid @RequestBody RejectRequest request,
            @Parameter(hidden = true) @AuthenticationPrincipal Jwt caller) {
        return RefundView.of(
                refunds.reject(id, Callers.name(caller), request.note().strip()));
    }
}
