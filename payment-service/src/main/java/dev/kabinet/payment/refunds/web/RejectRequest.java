package dev.kabinet.payment.refunds.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An operator's refusal of a refund request, with the reason the payer is told (PY-9). */
@Schema(name = "RefundRejection")
public record RejectRequest(
        @Schema(example = "Платёж уже учтён в перерасчёте", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank(message = "{field.refund.note}")
        @Size(max = 500, message = "{field.refund.note}")
        String note) {}
