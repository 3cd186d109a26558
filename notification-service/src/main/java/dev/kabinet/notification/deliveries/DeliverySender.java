package dev.kabinet.notification.deliveries;

import dev.kabinet.notification.system.NotificationProperties;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends pending e-mails and SMS through their channels in batches (NT-1, docs/adr/0018 and 0035): up to
 * {@code batch-size} due rows are locked ({@code for update skip locked}, so instances share the work) in one
 * transaction; the recipients' rate limit and (for SMS) the quiet hours are checked for the whole batch in one query;
 * the e-mails leave over {@code senders} SMTP connections in parallel (each connection sends its share of the batch),
 * the SMS one request each on the same threads; every outcome is recorded and the transaction commits. A failure
 * waits for the retry policy's back-off; after the last attempt, or a refusal another attempt would not change, the
 * delivery is DEAD (operators see it). A delivery over the rate limit or in the quiet hours is postponed, never
 * dropped, and no attempt is counted; an urgent one (a security notice, NT-2) is held back by neither. Should the
 * process die after the server accepted a notice and before the commit, it is sent again with the same idempotency
 * key. Logs name the delivery and event, never the recipient.
 */
@Component
class DeliverySender {

    private static final Logger log = LoggerFactory.getLogger(DeliverySender.class);

    private final DeliveryRepository deliveries;
    private final Map<Channel, ChannelAdapter> channels = new EnumMap<>(Channel.class);
    private final @Nullable EmailChannel email;
    private final RetryPolicy policy;
    private final QuietHours quietHours;
    private final TransactionTemplate transactions;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final int batchSize;
    private final int senders;
    private final int maxPerRecipient;
    private final Duration window;
    private final ExecutorService pool;

    DeliverySender(
            DeliveryRepository deliveries,
            List<ChannelAdapter> adapters,
            RetryPolicy policy,
            QuietHours quietHours,
            TransactionTemplate transactions,
            NamedParameterJdbcTemplate jdbc,
            Clock clock,
            NotificationProperties properties) {
        this.deliveries = deliveries;
        adapters.forEach(adapter -> channels.put(adapter.channel(), adapter));
        this.email = channels.get(Channel.EMAIL) instanceof EmailChannel smtp ? smtp : null;
        this.policy = policy;
        this.quietHours = quietHours;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.clock = clock;
        this.batchSize = properties.mail().batchSize();
        this.senders = properties.mail().senders();
        this.maxPerRecipient = properties.rateLimit().maxPerRecipient();
        this.window = properties.rateLimit().window();
        this.pool = Executors.newFixedThreadPool(
                senders, Thread.ofPlatform().name("delivery-sender-", 1).factory());
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    @Scheduled(
            fixedDelayString = "${kabinet.notification.mail.poll-interval:2s}",
            initialDelayString = "${kabinet.notification.mail.poll-interval:2s}")
    void sendDue() {
        // keep going while batches come back full: a backlog drains at the channels' speed, not a batch per poll
        while (sendBatch() == batchSize) {
            // next batch
        }
    }

    /** Handles the next batch of due deliveries; how many there were (whatever the outcomes). */
    int sendBatch() {
        Integer handled = transactions.execute(tx -> {
            var due = deliveries.lockDue(clock.instant(), batchSize);
            if (due.isEmpty()) {
                return 0;
            }
            var ready = holdBack(due);
            var outcomes = send(ready);
            outcomes.forEach(this::record);
            store(due);
            return due.size();
        });
        return handled == null ? 0 : handled;
    }

    /** Postpones what the quiet hours or the recipients' rate limit hold back; the rest is ready to go. */
    private List<Delivery> holdBack(List<Delivery> due) {
        var now = clock.instant();
        var since = now.minus(window);
        var recipients = due.stream()
                .filter(d -> !d.isUrgent())
                .map(Delivery::recipient)
                .distinct()
                .toList();
        var sent = new HashMap<String, Sent>();
        if (!recipients.isEmpty()) {
            jdbc.query(
                    "select recipient, count(*), min(sent_at) from delivery where recipient in (:recipients)"
                            + " and status = 'SENT' and sent_at > :since and channel <> 'CABINET' group by recipient",
                    Map.of("recipients", recipients, "since", java.sql.Timestamp.from(since)),
                    rs -> {
                        sent.put(
                                rs.getString(1),
                                new Sent(rs.getLong(2), rs.getTimestamp(3).toInstant()));
                    });
        }
        var ready = new ArrayList<Delivery>();
        for (var delivery : due) {
            if (delivery.isUrgent()) {
                ready.add(delivery);
                continue;
            }
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
                    continue;
                }
            }
            var counted = sent.computeIfAbsent(delivery.recipient(), r -> new Sent(0, now));
            if (counted.count >= maxPerRecipient) {
                var free = counted.first.plus(window);
                delivery.postpone(free.isAfter(now) ? free : now.plusSeconds(1));
                log.info(
                        "{} {} for event {}: the recipient's rate limit, waits until {}",
                        delivery.channel(),
                        delivery.id(),
                        delivery.eventId(),
                        delivery.nextAttemptAt());
                continue;
            }
            counted.count++;
            ready.add(delivery);
        }
        return ready;
    }

    /** What left for one recipient within the window: how many, and the first of them. */
    private static final class Sent {
        long count;
        final Instant first;

        Sent(long count, Instant first) {
            this.count = count;
            this.first = first;
        }
    }

    /** Hands the ready deliveries to their channels, e-mails over {@code senders} connections in parallel. */
    private Map<Delivery, ChannelAdapter.@Nullable NotDelivered> send(List<Delivery> ready) {
        var outcomes = new LinkedHashMap<Delivery, ChannelAdapter.@Nullable NotDelivered>();
        var emails = new ArrayList<Delivery>();
        var others = new ArrayList<Delivery>();
        for (var delivery : ready) {
            (delivery.channel() == Channel.EMAIL && email != null ? emails : others).add(delivery);
        }
        var futures = new ArrayList<CompletableFuture<Map<Delivery, ChannelAdapter.@Nullable NotDelivered>>>();
        if (!emails.isEmpty()) {
            int shares = Math.min(senders, emails.size());
            int size = (emails.size() + shares - 1) / shares;
            for (int from = 0; from < emails.size(); from += size) {
                var share = List.copyOf(emails.subList(from, Math.min(emails.size(), from + size)));
                futures.add(CompletableFuture.supplyAsync(() -> email.sendAll(share), pool));
            }
        }
        for (var delivery : others) {
            futures.add(CompletableFuture.supplyAsync(() -> sendOne(delivery), pool));
        }
        for (var future : futures) {
            outcomes.putAll(future.join());
        }
        return outcomes;
    }

    private Map<Delivery, ChannelAdapter.@Nullable NotDelivered> sendOne(Delivery delivery) {
        var outcome = new HashMap<Delivery, ChannelAdapter.@Nullable NotDelivered>();
        var channel = channels.get(delivery.channel());
        if (channel == null) {
            outcome.put(delivery, new ChannelAdapter.NotDelivered("no channel " + delivery.channel(), false, null));
            return outcome;
        }
        try {
            channel.send(delivery);
            outcome.put(delivery, null);
        } catch (ChannelAdapter.NotDelivered e) {
            outcome.put(delivery, e);
        } catch (RuntimeException e) {
            outcome.put(delivery, new ChannelAdapter.NotDelivered(e.getClass().getSimpleName(), true, e));
        }
        return outcome;
    }

    /**
     * The batch's outcomes in one JDBC batch: the rows are locked by this transaction, so no optimistic check is
     * needed; the version still counts the change.
     */
    private void store(List<Delivery> batch) {
        jdbc.getJdbcTemplate()
                .batchUpdate(
                        "update delivery set status = ?, attempts = ?, last_error = ?, next_attempt_at = ?, sent_at = ?,"
                                + " version = version + 1 where id = ?",
                        batch,
                        batch.size(),
                        (statement, delivery) -> {
                            statement.setString(1, delivery.status().name());
                            statement.setInt(2, delivery.attempts());
                            statement.setString(3, delivery.lastError());
                            statement.setTimestamp(4, java.sql.Timestamp.from(delivery.nextAttemptAt()));
                            statement.setTimestamp(
                                    5, delivery.sentAt() == null ? null : java.sql.Timestamp.from(delivery.sentAt()));
                            statement.setObject(6, delivery.id());
                        });
    }

    private void record(Delivery delivery, ChannelAdapter.@Nullable NotDelivered failure) {
        if (failure == null) {
            delivery.sent(clock.instant());
            log.debug(
                    "{} {} for event {} sent (attempt {})",
                    delivery.channel(),
                    delivery.id(),
                    delivery.eventId(),
                    delivery.attempts());
            return;
        }
        delivery.failed(failure.getMessage(), failure.retryable(), clock.instant(), policy);
        if (delivery.status() == DeliveryStatus.DEAD) {
            log.error(
                    "{} {} for event {} dead after {} attempts: {}",
                    delivery.channel(),
                    delivery.id(),
                    delivery.eventId(),
                    delivery.attempts(),
                    failure.getMessage());
        } else {
            log.warn(
                    "{} {} for event {} not sent (attempt {}), next try at {}: {}",
                    delivery.channel(),
                    delivery.id(),
                    delivery.eventId(),
                    delivery.attempts(),
                    delivery.nextAttemptAt(),
                    failure.getMessage());
        }
    }
}
