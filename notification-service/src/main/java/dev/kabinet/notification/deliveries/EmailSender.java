package dev.kabinet.notification.deliveries;

import dev.kabinet.notification.system.NotificationProperties;
import jakarta.mail.MessagingException;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends pending e-mails through the SMTP server, one transaction per e-mail: the delivery row is locked, the e-mail
 * handed to the server, the outcome recorded. A failure waits for the retry policy's back-off; after the last attempt
 * the delivery is FAILED. Should the process die after the server accepted an e-mail and before the commit, the
 * e-mail is sent again with the same {@code Message-ID}. Logs name the delivery and event, never the address.
 */
@Component
class EmailSender {

    private static final Logger log = LoggerFactory.getLogger(EmailSender.class);

    private final EmailDeliveryRepository deliveries;
    private final JavaMailSender mail;
    private final EmailComposer composer;
    private final RetryPolicy policy;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int batchSize;

    EmailSender(
            EmailDeliveryRepository deliveries,
            JavaMailSender mail,
            EmailComposer composer,
            RetryPolicy policy,
            TransactionTemplate transactions,
            Clock clock,
            NotificationProperties properties) {
        this.deliveries = deliveries;
        this.mail = mail;
        this.composer = composer;
        this.policy = policy;
        this.transactions = transactions;
        this.clock = clock;
        this.batchSize = properties.mail().batchSize();
    }

    @Scheduled(
            fixedDelayString = "${kabinet.notification.mail.poll-interval:2s}",
            initialDelayString = "${kabinet.notification.mail.poll-interval:2s}")
    void sendDue() {
        // keep going while batches come back full: a backlog drains at SMTP speed, not batch-size per poll (#5 bench)
        int sent;
        do {
            sent = 0;
            while (sent < batchSize && sendNext()) {
                sent++;
            }
        } while (sent == batchSize);
    }

    /** Sends the next due e-mail, if any; true when there was one (whatever the outcome). */
    boolean sendNext() {
        Boolean found = transactions.execute(tx -> deliveries
                .lockNextDue(clock.instant())
                .map(delivery -> {
                    attempt(delivery);
                    deliveries.save(delivery);
                    return true;
                })
                .orElse(false));
        return Boolean.TRUE.equals(found);
    }

    private void attempt(EmailDelivery delivery) {
        try {
            var message = mail.createMimeMessage();
            composer.compose(delivery, message);
            mail.send(message);
            delivery.sent(clock.instant());
            log.info(
                    "E-mail {} for event {} sent (attempt {})", delivery.id(), delivery.eventId(), delivery.attempts());
        } catch (MailException | MessagingException e) {
            delivery.failed(e.toString(), clock.instant(), policy);
            if (delivery.status() == DeliveryStatus.FAILED) {
                log.error(
                        "E-mail {} for event {} given up after {} attempts: {}",
                        delivery.id(),
                        delivery.eventId(),
                        delivery.attempts(),
                        e.getClass().getSimpleName());
            } else {
                log.warn(
                        "E-mail {} for event {} not sent (attempt {}), next try at {}: {}",
                        delivery.id(),
                        delivery.eventId(),
                        delivery.attempts(),
                        delivery.nextAttemptAt(),
                        e.getClass().getSimpleName());
            }
        }
    }
}
