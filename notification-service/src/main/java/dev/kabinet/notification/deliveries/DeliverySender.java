package dev.kabinet.notification.deliveries;

import dev.kabinet.notification.system.NotificationProperties;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends pending e-mails and SMS through their channels, one transaction per delivery (NT-1): the row is locked, the
 * recipient's rate limit and (for SMS) the quiet hours checked, the notice handed over, the outcome recorded. A
 * failure waits for the retry policy's back-off; after the last attempt, or a refusal another attempt would not
 * change, the delivery is DEAD (operators see it). A delivery over the rate limit or in the quiet hours is postponed,
 * never dropped, and no attempt is counted. Should the process die after the server accepted a notice and before the
 * commit, it is sent again with the same idempotency key. Logs name the delivery and event, never the recipient.
 */
@Component
class DeliverySender {

    private static final Logger log = LoggerFactory.getLogger(DeliverySender.class);

    private final DeliveryRepository deliveries;
    private final Map<Channel, ChannelAdapter> channels = new EnumMap<>(Channel.class);
    private final RetryPolicy policy;
    private final QuietHours quietHours;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int batchSize;
    private final int maxPerRecipient;
    private final Duration window;
    private final DeliveryMetrics metrics;

    DeliverySender(
            DeliveryRepository deliveries,
            List<ChannelAdapter> adapters,
            RetryPolicy policy,
            QuietHours quietHours,
            TransactionTemplate transactions,
            Clock clock,
            NotificationProperties properties,
            DeliveryMetrics metrics) {
        this.metrics = metrics;
        this.deliveries = deliveries;
        adapters.forEach(adapter -> channels.put(adapter.channel(), adapter));
        this.policy = policy;
        this.quietHours = quietHours;
        this.transactions = transactions;
        this.clock = clock;
        this.batchSize = properties.mail().batchSize();
        this.maxPerRecipient = properties.rateLimit().maxPerRecipient();
        this.window = properties.rateLimit().window();
    }

    @Scheduled(
            fixedDelayString = "${kabinet.notification.mail.poll-interval:2s}",
            initialDelayString = "${kabinet.notification.mail.poll-interval:2s}")
    void sendDue() {
        // keep going while batches come back full: a backlog drains at the channel's speed, not batch-size per poll
        int sent;
        do {
            sent = 0;
            while (sent < batchSize && sendNext()) {
                sent++;
            }
        } while (sent == batchSize);
    }

    /** Handles the next due delivery, if any; true when there was one (whatever the outcome). */
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

    private void attempt(Delivery delivery) {
        var now = clock.instant();
        if (delivery.channel() == Channel.SMS) {
            var allowed = quietHours.nextAllowed(now);
            if (allowed.isAfter(now)) {
                delivery.postpone(allowed);
                log.info(
                        "{} {} for event {}: quiet hours, waits until {}",
                        delivery.channel(),
                        delivery.id(),
                        delivery.eventId(),
                        allowed);
                return;
            }
        }
        var since = now.minus(window);
        if (deliveries.countSentTo(delivery.recipient(), since) >= maxPerRecipient) {
            var due = deliveries
                    .firstSentTo(delivery.recipient(), since)
                    .orElse(now)
                    .plus(window);
            delivery.postpone(due.isAfter(now) ? due : now.plusSeconds(1));
            log.info(
                    "{} {} for event {}: the recipient's rate limit, waits until {}",
                    delivery.channel(),
                    delivery.id(),
                    delivery.eventId(),
                    delivery.nextAttemptAt());
            return;
        }
        var channel = channels.get(delivery.channel());
        if (channel == null) {
            delivery.failed("no channel " + delivery.channel(), false, now, policy);
            metrics.attempted(delivery.channel(), delivery.status());
            log.error(
                    "{} {} for event {}: no such channel here, dead",
                    delivery.channel(),
                    delivery.id(),
                    delivery.eventId());
            return;
        }
        try {
            channel.send(delivery);
            delivery.sent(clock.instant());
            metrics.attempted(delivery.channel(), delivery.status());
            log.info(
                    "{} {} for event {} sent (attempt {})",
                    delivery.channel(),
                    delivery.id(),
                    delivery.eventId(),
                    delivery.attempts());
        } catch (ChannelAdapter.NotDelivered e) {
            delivery.failed(e.getMessage(), e.retryable(), clock.instant(), policy);
            metrics.attempted(delivery.channel(), delivery.status());
            if (delivery.status() == DeliveryStatus.DEAD) {
                log.error(
                        "{} {} for event {} dead after {} attempts: {}",
                        delivery.channel(),
                        delivery.id(),
                        delivery.eventId(),
                        delivery.attempts(),
                        e.getMessage());
            } else {
                log.warn(
                        "{} {} for event {} not sent (attempt {}), next try at {}: {}",
                        delivery.channel(),
                        delivery.id(),
                        delivery.eventId(),
                        delivery.attempts(),
                        delivery.nextAttemptAt(),
                        e.getMessage());
            }
        }
    }
}
