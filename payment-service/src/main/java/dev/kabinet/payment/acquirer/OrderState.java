package dev.kabinet.payment.acquirer;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the bank knows of an order.
 *
 * @param outcome where the order stands
 * @param orderId the bank's id ({@code null} for an order it does not know)
 * @param amountKopecks the order's sum (0 when unknown)
 * @param paidAt when the money was taken, for a paid order (else {@code null})
 * @param code the bank's code of the last operation ({@code actionCode}), for the record
 */
public record OrderState(
        Outcome outcome,
        @Nullable String orderId,
        long amountKopecks,
        @Nullable Instant paidAt,
        @Nullable String code) {

    public OrderState {
        Objects.requireNonNull(outcome, "outcome");
    }

    public static OrderState unknownOrder() {
        return new OrderState(Outcome.UNKNOWN_ORDER, null, 0, null, null);
    }

    public enum Outcome {
        /** The bank has no order of that number: the registration never reached it. */
        UNKNOWN_ORDER,
        /** Registered, not paid yet (the resident is on the hosted page, or has not come). */
        AWAITING_PAYMENT,
        /** The money was taken. */
        PAID,
        /** The bank declined the order. */
        DECLINED,
        /** The order's time ran out unpaid. */
        EXPIRED,
        /** The bank cancelled the order. */
        REVERSED,
        /** The money went back to the card. */
        REFUNDED
    }
}
