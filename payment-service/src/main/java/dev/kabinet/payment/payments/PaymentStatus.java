package dev.kabinet.payment.payments;

/**
 * Where a payment stands (PY-4). A payment is recorded before the bank is called ({@code CREATED}); the bank confirms
 * it ({@code IN_PROCESSING}, "в обработке": paid but not yet in the settlements) until billing books it ({@code PAID},
 * "оплачено"), or the bank declines it or the order expires after 20 minutes.
 */
public enum PaymentStatus {
    CREATED,
    IN_PROCESSING,
    PAID,
    DECLINED,
    EXPIRED
}
