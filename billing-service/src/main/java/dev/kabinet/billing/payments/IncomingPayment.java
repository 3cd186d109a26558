package dev.kabinet.billing.payments;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A payment billing is told of, whatever the channel (docs/adr/0029): a card payment the bank confirmed
 * ({@code payment.PaymentConfirmed.v1}) or a bank or post-office payment the back office received
 * ({@code backoffice.PaymentReceived.v1}). Its id is the idempotency key of crediting it; its lines say what it pays on
 * each charge line, in kopecks.
 *
 * @param channel {@code CARD}, {@code BANK}, {@code POST} or {@code OTHER}
 */
public record IncomingPayment(
        UUID paymentId, String accountNumber, long amountKopecks, List<Line> lines, Instant paidAt, String channel) {

    /** What the payment pays on one charge line, kopecks. */
    public record Line(String lineCode, long amountKopecks) {
        public Line {
            Objects.requireNonNull(lineCode, "lineCode");
        }
    }

    public IncomingPayment {
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(accountNumber, "accountNumber");
        Objects.requireNonNull(paidAt, "paidAt");
        Objects.requireNonNull(channel, "channel");
        lines = List.copyOf(lines);
    }
}
