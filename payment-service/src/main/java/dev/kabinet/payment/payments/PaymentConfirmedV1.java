package dev.kabinet.payment.payments;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code payment.PaymentConfirmed.v1} on {@code payment.payments} (contracts/): the bank took the money of a payment
 * (PY-4, BO-3). Billing credits each line once per {@code paymentId}; the back office exports it for accounting.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PaymentConfirmedV1(
        UUID paymentId,
        String accountNumber,
        long amountKopecks,
        List<Line> lines,
        Instant paidAt,
        String channel,
        String provider,
        String orderId) {

    public static final String TOPIC = "payment.payments";
    public static final String TYPE = "payment.PaymentConfirmed.v1";

    /** One charge line's part of the payment. */
    public record Line(String lineCode, long amountKopecks) {}

    static PaymentConfirmedV1 of(PaymentConfirmed fact) {
        return new PaymentConfirmedV1(
                fact.paymentId(),
                fact.accountNumber(),
                fact.amountKopecks(),
                fact.lines().stream()
                        .map(l -> new Line(l.lineCode(), l.amountKopecks()))
                        .toList(),
                fact.paidAt(),
                fact.channel().name(),
                fact.provider(),
                fact.orderId());
    }
}
