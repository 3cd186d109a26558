package dev.kabinet.notification.deliveries;

/**
 * What the resident is told, rendered once from template {@code template} ({@code <name>/<version>}) in
 * {@code language}: the subject, the in-cabinet text, the e-mail as plain text and HTML, and the SMS text (empty when
 * the template has none).
 */
public record Notice(
        String template,
        Language language,
        String subject,
        String cabinetText,
        String emailText,
        String emailHtml,
        String smsText) {}
