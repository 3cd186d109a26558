package dev.kabinet.platform.messaging;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes committed outbox rows to Kafka in the order they were written, then marks them published. It locks the
 * rows it works on ({@code for update skip locked}) so several instances share the work without sending a row twice
 * while both are alive. A crash between the broker's ack and the mark means the row is sent again: delivery is
 * at-least-once and every consumer deduplicates by the event id.
 */
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final KafkaTemplate<String, String> kafka;
    private final OutboxProperties properties;
    private final String source;
    private final OutboxTracing tracing;

    public OutboxRelay(
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            KafkaTemplate<String, String> kafka,
            OutboxProperties properties,
            String source,
            MeterRegistry meters) {
        this(jdbc, transactions, kafka, properties, source, meters, OutboxTracing.none());
    }

    /** With {@code tracing}, each row is sent in a span that continues the trace stored with it (ADR 0030). */
    public OutboxRelay(
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            KafkaTemplate<String, String> kafka,
            OutboxProperties properties,
            String source,
            MeterRegistry meters,
            OutboxTracing tracing) {
        this.tracing = tracing;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.kafka = kafka;
        this.properties = properties;
        this.source = source;
        // rows written and not yet published: the outbox backlog (alert KabinetOutboxBacklog, deploy/observability)
        Gauge.builder("kabinet.outbox.pending", jdbc, OutboxRelay::pending)
                .description("Outbox events not yet published to Kafka")
                .register(meters);
    }

    private static double pending(JdbcTemplate jdbc) {
        try {
            Long count =
                    jdbc.queryForObject("select count(*) from outbox_event where published_at is null", Long.class);
            return count == null ? 0 : count;
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    private int consecutiveFailures;
    private long pausedUntil;

    @Scheduled(fixedDelayString = "${kabinet.outbox.poll-interval:200ms}")
    public void relay() {
        if (System.currentTimeMillis() < pausedUntil) {
            return;
        }
        try {
            int sent;
            do {
                sent = relayBatch();
            } while (sent == properties.batchSize());
            consecutiveFailures = 0;
        } catch (RuntimeException e) {
            // Kafka unreachable or refusing: back off (up to 30 s) instead of hammering it; nothing is lost.
            consecutiveFailures++;
            long pause = Math.min(30_000L, 500L << Math.min(consecutiveFailures, 6));
            pausedUntil = System.currentTimeMillis() + pause;
            log.warn("Outbox relay paused for {} ms after {} failed attempt(s)", pause, consecutiveFailures);
        }
    }

    /**
     * Sends one batch and returns how many rows it published. All rows of the batch are handed to the producer at once
     * and then every acknowledgement is awaited (the producer is idempotent with at most 5 requests in flight, so one
     * key's records keep their order on their partition). Rows are marked published only up to the first one the
     * broker did not acknowledge; the rest stay for the next round, and the failure is thrown after that commit.
     */
    public int relayBatch() {
        Outcome outcome = transactions.execute(status -> {
            List<Row> rows = jdbc.query(
                    "select id, topic, message_key, event_type, payload::text, occurred_at, trace_parent, trace_state"
                            + " from outbox_event"
                            + " where published_at is null order by position limit ? for update skip locked",
                    (rs, i) -> new Row(
                            rs.getObject(1, UUID.class),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getTimestamp(6)
                                    .toInstant()
                                    .atOffset(ZoneOffset.UTC)
                                    .toString(),
                            new OutboxTracing.Context(rs.getString(7), rs.getString(8))),
                    properties.batchSize());
            var sends = new ArrayList<CompletableFuture<?>>(rows.size());
            RuntimeException failure = null;
            for (Row row : rows) {
                try {
                    sends.add(tracing.continuing(row.trace(), row.topic(), () -> kafka.send(record(row))));
                } catch (RuntimeException e) {
                    failure = notAcknowledged(row, e);
                    break;
                }
            }
            long deadline = System.nanoTime() + properties.sendTimeout().toNanos();
            int acknowledged = 0;
            for (; acknowledged < sends.size(); acknowledged++) {
                try {
                    sends.get(acknowledged).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failure = new IllegalStateException("Interrupted while publishing the outbox", e);
                    break;
                } catch (ExecutionException | TimeoutException | RuntimeException e) {
                    failure = notAcknowledged(rows.get(acknowledged), e);
                    break;
                }
            }
            if (acknowledged > 0) {
                jdbc.batchUpdate(
                        "update outbox_event set published_at = now() where id = ?",
                        rows.subList(0, acknowledged).stream()
                                .map(row -> new Object[] {row.id()})
                                .toList());
            }
            return new Outcome(acknowledged, failure);
        });
        if (outcome == null) {
            return 0;
        }
        if (outcome.failure() != null) {
            throw outcome.failure();
        }
        return outcome.published();
    }

    private ProducerRecord<String, String> record(Row row) {
        var record = new ProducerRecord<String, String>(row.topic(), row.key(), row.payload());
        header(record, CloudEventHeaders.SPEC_VERSION, "1.0");
        header(record, CloudEventHeaders.ID, row.id().toString());
        header(record, CloudEventHeaders.SOURCE, source);
        header(record, CloudEventHeaders.TYPE, row.type());
        header(record, CloudEventHeaders.TIME, row.time());
        header(record, CloudEventHeaders.SUBJECT, row.key());
        header(record, CloudEventHeaders.CONTENT_TYPE, "application/json");
        return record;
    }

    private static RuntimeException notAcknowledged(Row row, Exception e) {
        log.debug("Outbox event {} ({}) not acknowledged: {}", row.id(), row.type(), e.toString());
        return new IllegalStateException("Kafka did not acknowledge outbox event " + row.id(), e);
    }

    private record Outcome(int published, RuntimeException failure) {}

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** Published rows are kept a while for diagnosis, then removed. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    public void purgePublished() {
        Duration keep = properties.retention();
        int removed = jdbc.update(
                "delete from outbox_event where published_at < now() - make_interval(secs => ?)", keep.toSeconds());
        if (removed > 0) {
            log.info("Purged {} published outbox events older than {}", removed, keep);
        }
    }

    private record Row(
            UUID id, String topic, String key, String type, String payload, String time, OutboxTracing.Context trace) {}
}
