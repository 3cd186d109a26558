package dev.kabinet.notification.deliveries;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Turns a delivery into a MIME message: from the no-reply robot with its display name, a UTF-8 subject, plain text
 * and HTML alternatives, and a {@code Message-ID} derived from the event id. {@code JavaMailSenderImpl} keeps a
 * {@code Message-ID} set before sending.
 */
public class EmailComposer {

    private final String from;
    private final String fromName;
    private final String domain;

    public EmailComposer(String from, String fromName, String domain) {
        this.from = from;
        this.fromName = fromName;
        this.domain = domain;
    }

    public void compose(Delivery delivery, MimeMessage message) throws MessagingException {
        compose(delivery, message, null);
    }

    /** As {@link #compose(Delivery, MimeMessage)}, with {@code attachment} (NT-4: the receipt PDF) when not null. */
    public void compose(Delivery delivery, MimeMessage message, Attachments.@Nullable Attachment attachment)
            throws MessagingException {
        var mail = new MimeMessageHelper(
                message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, StandardCharsets.UTF_8.name());
        try {
            mail.setFrom(new InternetAddress(from, fromName, StandardCharsets.UTF_8.name()));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
        mail.setTo(delivery.recipient());
        mail.setSubject(delivery.subject());
        mail.setText(delivery.textBody(), delivery.htmlBody());
        if (attachment != null) {
            mail.addAttachment(
                    attachment.fileName(), new ByteArrayResource(attachment.content()), attachment.contentType());
        }
        message.setHeader("Message-ID", delivery.messageId(domain));
        // RFC 3834: a robot's message; out-of-office replies should not answer it
        message.setHeader("Auto-Submitted", "auto-generated");
    }
}
