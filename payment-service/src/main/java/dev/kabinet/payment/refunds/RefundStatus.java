package dev.kabinet.payment.refunds;

/**
 * Where a refund request stands (PY-9, docs/adr/0034).
 *
 * <pre>
 * REFUND_REQUESTED ──approve──> APPROVED ──bank refunded──> REFUNDED
 *        │                         └──bank refused──> REFUND_FAILED
 *        └──reject──> REFUND_REJECTED
 * </pre>
 *
 * {@code APPROVED} lasts while the bank is asked; when its answer is unknown the request stays there and the operator
 * approves again, which first asks the bank whether the money went back.
 */
public enum RefundStatus {
    REFUND_REQUESTED,
    APPROVED,
    REFUNDED,
    REFUND_REJECTED,
    REFUND_FAILED;

    /** Whether the request still holds the payment (another may not be made). */
    public boolean open() {
        return this == REFUND_REQUESTED || this == APPROVED || this == REFUNDED;
    }
}
