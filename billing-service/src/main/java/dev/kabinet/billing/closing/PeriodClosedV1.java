package dev.kabinet.billing.closing;

import java.time.Instant;

/**
 * {@code billing.PeriodClosed.v1} on {@code billing.period-closes}: every account of the period is closed and its
 * {@code billing.ReceiptIssued.v1} recorded (contracts/events/billing.PeriodClosed.v1.schema.json). Kopecks.
 */
public record PeriodClosedV1(String period, Instant startedAt, Instant closedAt, long accounts, long totalKopecks) {

    public static final String TYPE = "billing.PeriodClosed.v1";
}
