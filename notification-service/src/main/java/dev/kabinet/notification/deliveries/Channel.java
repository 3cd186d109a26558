package dev.kabinet.notification.deliveries;

/** Where a notice goes (NT-1, NT-2): e-mail over SMTP, SMS through the provider, or a message in the cabinet. */
public enum Channel {
    EMAIL,
    SMS,
    CABINET
}
