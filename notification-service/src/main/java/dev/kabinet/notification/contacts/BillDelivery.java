package dev.kabinet.notification.contacts;

/** How the owner wants the monthly bill (AC-3, NT-4): on paper to the address, or by e-mail. */
public enum BillDelivery {
    PAPER,
    EMAIL
}
