package dev.kabinet.billing.payments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@code billing.PaymentApplied.v1} (contracts/events), written to the outbox in the transaction that credited the
 * payment: payment-service marks the card payment ACCOUNTED («оплачено»), the back office sees it booked.
 *
 * @param lines each line credited and the period whose settlement holds it ({@code YYYY-MM})
 */
public record PaymentAppliedV1(
        UUID paymentId,
        String accountNumber,
        long amountKopecks,
        String channel,
        Instant paidAt,
        LocalDate paidOn,
        Instant appliedAt,
        List<Line> lines) {

    public static final String TYPE = "billing.PaymentApplied.v1";

    /** One line credited. */
    public record Line(String lineCode, long amountKopecks, String period) {}
}
