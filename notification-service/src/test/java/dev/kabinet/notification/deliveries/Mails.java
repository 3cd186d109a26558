package dev.kabinet.notification.deliveries;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** What an e-mail read from the test mailbox holds: its plain text, its HTML and its attachments. */
public record Mails(String text, String html, List<Attachment> attachments) {

    public record Attachment(String fileName, String contentType, byte[] content) {}

    public static Mails of(MimeMessage message) {
        var text = new StringBuilder();
        var html = new StringBuilder();
        var attachments = new ArrayList<Attachment>();
        try {
            walk(message, text, html, attachments);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Unreadable e-mail", e);
        }
        return new Mails(text.toString(), html.toString(), attachments);
    }

    private static void walk(Part part, StringBuilder text, StringBuilder html, List<Attachment> attachments)
            throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            var multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                walk(child, text, html, attachments);
            }
        } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
            attachments.add(new Attachment(
                    part.getFileName(),
                    part.getContentType(),
                    part.getInputStream().readAllBytes()));
        } else if (part.isMimeType("text/plain")) {
            text.append(part.getContent());
        } else if (part.isMimeType("text/html")) {
            html.append(part.getContent());
        }
    }
}
