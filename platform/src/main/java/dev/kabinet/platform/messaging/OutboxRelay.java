package dev.kabinet.platform.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
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

    public OutboxRelay(
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            KafkaTemplate<String, String> kafka,
            OutboxProperties properties,
            String source,
            MeterRegistry meters) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.kafka = kafka;
        this.properties = properties;
        this.source = source;
        meters.gauge("kabinet.outbox.pending", jdbc, OutboxRelay::pending);
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

    /** Sends one batch; returns how many rows it published. */
    public int relayBatch() {
        Integer sent = transactions.execute(status -> {
            List<Row> rows = jdbc.query(
                    "select id, topic, message_key, event_type, payload::text, occurred_at from outbox_event"
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
                                    .toString()),
                    properties.batchSize());
            for (Row row : rows) {
                send(row);
                jdbc.update("update outbox_event set published_at = now() where id = ?", row.id());
            }
            return rows.size();
        });
        return sent == null ? 0 : sent;
    }

    private void send(Row row) {
        var record = new ProducerRecord<String, String>(row.topic(), row.key(), row.payload());
        header(record, CloudEventHeaders.SPEC_VERSION, "1.0");
        header(record, CloudEventHeaders.ID, row.id().toString());
        header(record, CloudEventHeaders.SOURCE, source);
        header(record, CloudEventHeaders.TYPE, row.type());
        header(record, CloudEventHeaders.TIME, row.time());
        header(record, CloudEventHeaders.SUBJECT, row.key());
        header(record, CloudEventHeaders.CONTENT_TYPE, "application/json");
        try {
            kafka.send(record).get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while publishing outbox event " + row.id(), e);
        } catch (Exception e) {
            log.debug("Outbox event {} ({}) not acknowledged: {}", row.id(), row.type(), e.toString());
            throw new IllegalStateException("Kafka did not acknowledge outbox event " + row.id(), e);
        }
    }

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

    private record Row(UUID id, String topic, String key, String type, String payload, String time) {}
}
