package dev.kabinet.notification.deliveries;

import jakarta.mail.MessagingException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** E-mail over SMTP ({@code spring.mail.*}): the composed MIME message, with its {@code Message-ID}, to the server. */
@Component
class EmailChannel implements ChannelAdapter {

    private final JavaMailSender mail;
    private final EmailComposer composer;

    EmailChannel(JavaMailSender mail, EmailComposer composer) {
        this.mail = mail;
        this.composer = composer;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public void send(Delivery delivery) throws NotDelivered {
        try {
            var message = mail.createMimeMessage();
            composer.compose(delivery, message);
            mail.send(message);
        } catch (MailParseException | MessagingException e) {
            // an address or message the server can never take: another attempt changes nothing
            throw new NotDelivered(e.getClass().getSimpleName(), false, e);
        } catch (MailException e) {
            throw new NotDelivered(e.getClass().getSimpleName() + ": " + rootCause(e), true, e);
        }
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName();
    }
}
