package dev.kabinet.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** A received CloudEvent: its attributes read from the Kafka headers, the data left as JSON for the consumer's own record. */
public record IncomingEvent(UUID id, String type, String source, String subject, OffsetDateTime time, String data) {

    public static IncomingEvent from(ConsumerRecord<String, String> record) {
        var id = header(record, CloudEventHeaders.ID);
        var type = header(record, CloudEventHeaders.TYPE);
        if (id == null || type == null) {
            throw new MalformedEvent("not-a-cloudevent: record without ce_id or ce_type");
        }
        var time = header(record, CloudEventHeaders.TIME);
        try {
            return new IncomingEvent(
                    UUID.fromString(id),
                    type,
                    header(record, CloudEventHeaders.SOURCE),
                    header(record, CloudEventHeaders.SUBJECT),
                    time == null ? null : OffsetDateTime.parse(time),
                    record.value());
        } catch (RuntimeException e) {
            throw new MalformedEvent("not-a-cloudevent: unreadable ce_id or ce_time");
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /**
     * A record that can never be processed: it goes to the dead-letter topic at once, without retries. The message is
     * the reason put in the dead letter's {@code kabinet_dlt_reason} header: a slug, then what is wrong, never a value
     * taken from the record.
     */
    public static class MalformedEvent extends RuntimeException {
        public MalformedEvent(String message) {
            super(message);
        }

        public MalformedEvent(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
