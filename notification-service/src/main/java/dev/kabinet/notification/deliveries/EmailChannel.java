package dev.kabinet.notification.deliveries;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** E-mail over SMTP ({@code spring.mail.*}): the composed MIME message, with its {@code Message-ID}, to the server. */
@Component
class EmailChannel implements ChannelAdapter {

    private final JavaMailSender mail;
    private final EmailComposer composer;
    private final Attachments attachments;

    EmailChannel(JavaMailSender mail, EmailComposer composer, Attachments attachments) {
        this.mail = mail;
        this.composer = composer;
        this.attachments = attachments;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public void send(Delivery delivery) throws NotDelivered {
        try {
            mail.send(compose(delivery));
        } catch (MailParseException e) {
            // an address or message the server can never take: another attempt changes nothing
            throw new NotDelivered(e.getClass().getSimpleName(), false, e);
        } catch (MailException e) {
            throw new NotDelivered(e.getClass().getSimpleName() + ": " + rootCause(e), true, e);
        }
    }

    /**
     * The MIME message of {@code delivery}, its attachment fetched now (NT-4: never stored).
     *
     * @throws NotDelivered when the attachment cannot be had
     */
    MimeMessage compose(Delivery delivery) throws NotDelivered {
        var attachment = delivery.attachment() == null ? null : attachments.fetch(delivery.attachment());
        try {
            var message = mail.createMimeMessage();
            composer.compose(delivery, message, attachment);
            return message;
        } catch (MessagingException e) {
            throw new NotDelivered(e.getClass().getSimpleName(), false, e);
        }
    }

    /**
     * Sends several e-mails over one connection to the server (the broadcast's batches, docs/adr/0035): the outcome of
     * each, null when accepted.
     */
    java.util.Map<Delivery, NotDelivered> sendAll(java.util.List<Delivery> deliveries) {
        var outcomes = new java.util.LinkedHashMap<Delivery, NotDelivered>();
        var messages = new java.util.ArrayList<MimeMessage>();
        var composed = new java.util.ArrayList<Delivery>();
        for (var delivery : deliveries) {
            try {
                messages.add(compose(delivery));
                composed.add(delivery);
            } catch (NotDelivered e) {
                outcomes.put(delivery, e);
            }
        }
        if (messages.isEmpty()) {
            return outcomes;
        }
        try {
            mail.send(messages.toArray(MimeMessage[]::new));
            composed.forEach(d -> outcomes.put(d, null));
        } catch (org.springframework.mail.MailSendException e) {
            var failed = e.getFailedMessages();
            for (int i = 0; i < composed.size(); i++) {
                var delivery = composed.get(i);
                Exception cause = failed.get(messages.get(i));
                if (cause == null && failed.isEmpty()) {
                    outcomes.put(delivery, new NotDelivered("MailSendException: " + rootCause(e), true, e));
                } else if (cause == null) {
                    outcomes.put(delivery, null);
                } else {
                    // an address the server refused is final; a dropped connection or a 4xx may pass
                    boolean refused = cause instanceof jakarta.mail.SendFailedException refusal
                            && refusal.getInvalidAddresses() != null
                            && refusal.getInvalidAddresses().length > 0;
                    outcomes.put(
                            delivery,
                            new NotDelivered(e.getClass().getSimpleName() + ": " + rootCause(cause), !refused, e));
                }
            }
        } catch (MailException e) {
            composed.forEach(d ->
                    outcomes.put(d, new NotDelivered(e.getClass().getSimpleName() + ": " + rootCause(e), true, e)));
        }
        return outcomes;
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName();
    }
}
