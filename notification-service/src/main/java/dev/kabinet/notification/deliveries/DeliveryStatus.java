package dev.kabinet.notification.deliveries;

/** Where an e-mail stands: waiting for (another) attempt, accepted by the SMTP server, or given up. */
public enum DeliveryStatus {
    PENDING,
    SENT,
    FAILED
}
