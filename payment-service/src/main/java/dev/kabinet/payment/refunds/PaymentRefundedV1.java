package dev.kabinet.payment.refunds;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.kabinet.payment.payments.Payment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * {@code payment.PaymentRefunded.v1} on {@code payment.payments} (contracts/): the bank gave a payment's money back on
 * an approved request (PY-9, docs/adr/0034), once per refund. The refund is split over the payment's refundable lines
 * in their order, each up to what it was paid, so billing can book a negative movement per line under {@code
 * refundId}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PaymentRefundedV1(
        UUID paymentId,
        UUID refundId,
        String accountNumber,
        long amountKopecks,
        List<Line> lines,
        Instant refundedAt,
        @Nullable String provider,
        @Nullable String orderId) {

    public static final String TOPIC = "payment.payments";
    public static final String TYPE = "payment.PaymentRefunded.v1";

    public record Line(String lineCode, long amountKopecks) {}

    static PaymentRefundedV1 of(Refund refund, Payment payment, Predicate<String> refundable, Instant at) {
        long left = refund.amountKopecks();
        var lines = new ArrayList<Line>();
        for (var line : payment.lines()) {
            if (left == 0) {
                break;
            }
            if (!refundable.test(line.lineCode())) {
                continue;
            }
            long part = Math.min(left, line.amountKopecks());
            lines.add(new Line(line.lineCode(), part));
            left -= part;
        }
        return new PaymentRefundedV1(
                payment.id(),
                refund.id(),
                refund.accountNumber(),
                refund.amountKopecks(),
                List.copyOf(lines),
                at,
                payment.provider(),
                payment.orderId());
    }
}
