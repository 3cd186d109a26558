package dev.kabinet.payment.payments;

/** How the money came (PY-5: the history shows every channel; BO-3: payments made elsewhere come from the back office). */
public enum PaymentChannel {
    /** By card on the acquiring bank's hosted page, started in the cabinet. */
    CARD,
    /** At a bank's branch or in its own internet bank. */
    BANK,
    /** At a post office. */
    POST,
    OTHER
}
