package dev.kabinet.acquirer.orders;

/** The gateway's {@code orderStatus} codes of getOrderStatusExtended.do. */
public enum OrderStatus {
    /** 0: registered, not paid. */
    REGISTERED(0),
    /** 1: amount held (two-stage payments; this acquirer's payments are one-stage, so it is never reached). */
    APPROVED(1),
    /** 2: paid (fully authorised and deposited). */
    DEPOSITED(2),
    /** 3: authorisation reversed. */
    REVERSED(3),
    /** 4: refunded (in full or in part). */
    REFUNDED(4),
    /** 5: 3-D Secure authentication started, waiting for the payer's code. */
    ACS_PENDING(5),
    /** 6: declined (by the issuer, by 3-D Secure, or expired). */
    DECLINED(6);

    private final int code;

    OrderStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The name the merchant register and {@code paymentAmountInfo.paymentState} use. */
    public String paymentState() {
        return switch (this) {
            case REGISTERED, ACS_PENDING -> "CREATED";
            default -> name();
        };
    }

    public boolean awaitsPayment() {
        return this == REGISTERED || this == ACS_PENDING;
    }
}
