package dev.kabinet.payment.payments.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.kabinet.payment.payments.Payment;
import dev.kabinet.payment.payments.PaymentChannel;
import dev.kabinet.payment.payments.PaymentStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A payment as the cabinet shows it (PY-3, PY-4, PY-5); absent fields are not known (yet). */
@Schema(name = "Payment")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PaymentView(
        UUID id,
        @Schema(example = "1000000011") String accountNumber,

        @Schema(description = "Amount in kopecks", example = "123456")
        long amountKopecks,

        @Schema(
                description = "CREATED, SENT (at the bank's page), CONFIRMED («в обработке»: paid, not yet in the"
                        + " settlements), ACCOUNTED («оплачено»), DECLINED, EXPIRED, REFUNDED")
        PaymentStatus status,

        PaymentChannel channel,
        Instant createdAt,

        @Schema(description = "Sums per charge line; empty for payments made elsewhere")
        List<Line> lines,

        @Schema(
                description = "The bank's hosted page to redirect the resident to, while the payment is SENT",
                nullable = true)
        @Nullable
        String formUrl,

        @Schema(description = "Until when the bank's page takes the payment", nullable = true) @Nullable
        Instant expiresAt,

        @Schema(description = "When the bank took the money", nullable = true) @Nullable
        Instant paidAt) {

    @Schema(name = "PaymentLine")
    public record Line(
            @Schema(example = "EL") String lineCode,
            @Schema(example = "123456") long amountKopecks) {}

    static PaymentView of(Payment payment) {
        return new PaymentView(
                payment.id(),
                payment.accountNumber(),
                payment.amountKopecks(),
                payment.status(),
                payment.channel(),
                payment.createdAt(),
                payment.lines().stream()
                        .map(l -> new Line(l.lineCode(), l.amountKopecks()))
                        .toList(),
                payment.status() == PaymentStatus.SENT ? payment.formUrl() : null,
                payment.status().outcomeUnknown() ? payment.expiresAt() : null,
                payment.paidAt());
    }
}
