package dev.kabinet.payment.refunds.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A payer's request to give money back (PY-9). */
public record RefundRequest(
        @Schema(
                description = "Kopecks, at most the refundable sum",
                example = "157200",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @Min(value = 1, message = "{field.refund.amount.min}")
        long amountKopecks,

        @Schema(description = "Why", example = "Оплатила дважды", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank(message = "{field.refund.reason}")
        @Size(max = 500, message = "{field.refund.reason}")
        String reason) {}
