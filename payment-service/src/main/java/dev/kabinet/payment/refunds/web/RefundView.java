package dev.kabinet.payment.refunds.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.kabinet.payment.refunds.Refund;
import dev.kabinet.payment.refunds.RefundStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A refund request as the resident and the operators see it (PY-9); absent fields are not known (yet). */
@Schema(name = "Refund")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RefundView(
        UUID id,
        UUID paymentId,
        @Schema(example = "1000000011") String accountNumber,

        @Schema(description = "Kopecks to give back", example = "157200")
        long amountKopecks,

        @Schema(description = "Why the payer asks") String reason,

        @Schema(
                description =
                        "REFUND_REQUESTED, APPROVED (the bank is being asked), REFUNDED, REFUND_REJECTED, REFUND_FAILED")
        RefundStatus status,

        Instant requestedAt,

        @Schema(description = "Who approved or rejected it (an operator's login)", nullable = true) @Nullable
        String decidedBy,

        @Schema(nullable = true) @Nullable Instant decidedAt,

        @Schema(description = "Why it was rejected", nullable = true) @Nullable
        String decisionNote,

        @Schema(nullable = true) @Nullable Instant refundedAt) {

    static RefundView of(Refund refund) {
        return new RefundView(
                refund.id(),
                refund.paymentId(),
                refund.accountNumber(),
                refund.amountKopecks(),
                refund.reason(),
                refund.status(),
                refund.requestedAt(),
                refund.decidedBy(),
                refund.decidedAt(),
                refund.decisionNote(),
                refund.refundedAt());
    }
}
