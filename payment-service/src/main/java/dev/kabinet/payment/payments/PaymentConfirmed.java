package dev.kabinet.payment.payments;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The bank took the money of a payment (PY-4): recorded once, when the payment becomes {@code CONFIRMED}. */
public record PaymentConfirmed(
        UUID paymentId,
        String accountNumber,
        long amountKopecks,
        List<PaymentLine> lines,
        Instant paidAt,
        PaymentChannel channel,
        @Nullable String provider,
        @Nullable String orderId) {}
