package dev.kabinet.payment.payments.web;

import dev.kabinet.payment.payments.Payment;
import dev.kabinet.payment.payments.PaymentStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/** A payment as the cabinet lists it (PY-5). */
@Schema(name = "Payment")
public record PaymentView(
        UUID id,
        @Schema(example = "1000000011") String accountNumber,

        @Schema(description = "Amount in kopecks", example = "123456")
        long amountKopecks,

        PaymentStatus status,
        Instant createdAt) {

    static PaymentView of(Payment payment) {
        return new PaymentView(
                payment.id(), payment.accountNumber(), payment.amountKopecks(), payment.status(), payment.createdAt());
    }
}
