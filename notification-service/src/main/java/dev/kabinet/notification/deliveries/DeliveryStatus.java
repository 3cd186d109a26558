package dev.kabinet.notification.deliveries;

/**
 * Where a delivery stands (NT-1): waiting for (another) attempt, handed over (accepted by the SMTP server or the SMS
 * provider, or posted in the cabinet), or dead: given up after the last attempt or refused for good, for an operator.
 */
public enum DeliveryStatus {
    PENDING,
    SENT,
    DEAD
}
