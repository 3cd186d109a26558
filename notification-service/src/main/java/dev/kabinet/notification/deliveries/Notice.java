package dev.kabinet.notification.deliveries;

/**
 * What the resident is told, rendered once: the subject, the in-cabinet text, and the e-mail as plain text and HTML.
 */
public record Notice(String subject, String cabinetText, String emailText, String emailHtml) {}
