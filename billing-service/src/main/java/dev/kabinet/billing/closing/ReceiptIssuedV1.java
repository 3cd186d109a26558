package dev.kabinet.billing.closing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code billing.ReceiptIssued.v1} on {@code billing.period-closes}: an account's receipt facts of a closed period
 * (contracts/events/billing.ReceiptIssued.v1.schema.json), for notifications and the back office. Kopecks.
 */
public record ReceiptIssuedV1(
        String accountNumber, String period, Instant issuedAt, LocalDate dueDate, long totalKopecks, List<Line> lines) {

    public static final String TYPE = "billing.ReceiptIssued.v1";

    public record Line(
            String code,
            String service,
            String kind,
            String name,
            long openingKopecks,
            long chargesKopecks,
            long recalculationsKopecks,
            long paymentsKopecks,
            long closingKopecks) {}

    public static ReceiptIssuedV1 of(AccountClose.Result result, Instant issuedAt, int paymentDueDay) {
        return new ReceiptIssuedV1(
                result.accountNumber(),
                result.period().toString(),
                issuedAt,
                result.period().plusMonths(1).atDay(paymentDueDay),
                result.totalToPayKopecks(),
                result.lines().stream()
                        .map(l -> new Line(
                                l.line().code(),
                                l.line().service().name(),
                                l.line().kind().name(),
                                l.line().name(),
                                l.settlement().openingKopecks(),
                                l.settlement().chargesKopecks(),
                                l.settlement().recalculationsKopecks(),
                                l.settlement().paymentsKopecks(),
                                l.settlement().closingKopecks()))
                        .toList());
    }
}
