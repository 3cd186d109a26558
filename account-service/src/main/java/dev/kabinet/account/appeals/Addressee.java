package dev.kabinet.account.appeals;

/** Who an appeal goes to (AC-5; manual 004: the customer service or technical support). */
public enum Addressee {
    CUSTOMER_SERVICE,
    TECHNICAL_SUPPORT
}
