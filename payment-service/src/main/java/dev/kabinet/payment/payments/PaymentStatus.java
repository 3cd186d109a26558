package dev.kabinet.payment.payments;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a payment stands (PY-3, PY-4) and where it may go from there: the state machine of docs/adr/0022.
 *
 * <pre>
 * CREATED ──> SENT ──> CONFIRMED ──> ACCOUNTED
 *    │          │  ╲        │            │
 *    │          │   ╲       └──────┬─────┘
 *    ├─> DECLINED <──┘             └──> REFUNDED
 *    └─> EXPIRED <── SENT   (DECLINED, EXPIRED ──> CONFIRMED: the bank's late deposit wins)
 * </pre>
 *
 * A payment is recorded before the bank hears of it ({@code CREATED}); the bank registered the order and gave its
 * hosted page ({@code SENT}); the bank took the money ({@code CONFIRMED}, "в обработке": paid but not yet in the
 * settlements) until billing books it ({@code ACCOUNTED}, "оплачено"). The bank may decline it, the order may expire
 * after 20 minutes, and the money may be given back ({@code REFUNDED}). A move to the state the payment is already in
 * is no move at all (a duplicate callback); a move the table does not allow is refused.
 */
public enum PaymentStatus {
    CREATED,
    SENT,
    CONFIRMED,
    ACCOUNTED,
    DECLINED,
    EXPIRED,
    REFUNDED;

    /** The states a payment in this one may move to. */
    public Set<PaymentStatus> next() {
        return switch (this) {
            case CREATED -> EnumSet.of(SENT, CONFIRMED, DECLINED, EXPIRED);
            case SENT -> EnumSet.of(CONFIRMED, DECLINED, EXPIRED);
            // The bank's deposit is the truth about money: an order the cabinet took for declined or expired may still
            // have been paid (a second card on the same hosted page, a late answer). Never lose it.
            case DECLINED, EXPIRED -> EnumSet.of(CONFIRMED);
            case CONFIRMED -> EnumSet.of(ACCOUNTED, REFUNDED);
            case ACCOUNTED -> EnumSet.of(REFUNDED);
            case REFUNDED -> EnumSet.noneOf(PaymentStatus.class);
        };
    }

    public boolean canMoveTo(PaymentStatus target) {
        return next().contains(target);
    }

    /** The bank has not said yet whether the money moved: the janitor asks it. */
    public boolean outcomeUnknown() {
        return this == CREATED || this == SENT;
    }

    /** The money reached the utility's account at the bank (and may be in the settlements already). */
    public boolean paid() {
        return this == CONFIRMED || this == ACCOUNTED;
    }
}
