package dev.kabinet.account.accounts;

/** How the bill reaches the owner (AC-3). */
public enum BillDelivery {
    PAPER,
    EMAIL
}
