package dev.kabinet.platform.test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Reads and writes records on the run's Kafka the way another service would: a fresh consumer group each time. */
public final class KafkaProbe implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;

    /** Records polled but not looked at yet: a poll may bring more than the record an await returns. */
    private final ArrayDeque<ConsumerRecord<String, String>> unread = new ArrayDeque<>();

    private KafkaProbe(String topic) {
        var props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.get().kafkaBootstrap());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        consumer = new KafkaConsumer<>(props);
        consumer.subscribe(List.of(topic));
        Instant until = Instant.now().plusSeconds(15);
        while (consumer.assignment().isEmpty() && Instant.now().isBefore(until)) {
            consumer.poll(Duration.ofMillis(100));
        }
        if (consumer.assignment().isEmpty()) {
            throw new IllegalStateException("Kafka assigned no partition of " + topic + " within 15 s");
        }
        // Resolve the "latest" offsets now: left to the next poll, a record written in between would be skipped.
        consumer.assignment().forEach(consumer::position);
    }

    /** Starts listening at the end of {@code topic}: only records written after this call are seen. */
    public static KafkaProbe listen(String topic) {
        return new KafkaProbe(topic);
    }

    /** Waits up to {@code timeout} for a record matching {@code match}. */
    public ConsumerRecord<String, String> await(Predicate<ConsumerRecord<String, String>> match, Duration timeout) {
        Instant until = Instant.now().plus(timeout);
        var seen = new ArrayList<String>();
        while (true) {
            while (!unread.isEmpty()) {
                var record = unread.poll();
                if (match.test(record)) {
                    return record;
                }
                seen.add(record.key());
            }
            if (!Instant.now().isBefore(until)) {
                break;
            }
            consumer.poll(Duration.ofMillis(200)).forEach(unread::add);
        }
        throw new AssertionError("No matching record within " + timeout + "; saw keys " + seen);
    }

    /**
     * Waits for the dead letter of event {@code eventId} that consumer group {@code group} wrote (listen on
     * {@code <topic>.DLT}); several groups may dead-letter the same event.
     */
    public ConsumerRecord<String, String> awaitDeadLetter(UUID eventId, String group, Duration timeout) {
        return await(
                record -> eventId.toString().equals(header(record, "ce_id"))
                        && group.equals(header(record, "kafka_dlt-original-consumer-group")),
                timeout);
    }

    /** Every record within {@code timeout} that matches, until {@code last} matched (inclusive). */
    public List<ConsumerRecord<String, String>> collectUntil(
            Predicate<ConsumerRecord<String, String>> match,
            Predicate<ConsumerRecord<String, String>> last,
            Duration timeout) {
        Instant until = Instant.now().plus(timeout);
        var found = new ArrayList<ConsumerRecord<String, String>>();
        while (true) {
            while (!unread.isEmpty()) {
                var record = unread.poll();
                if (match.test(record)) {
                    found.add(record);
                }
                if (last.test(record)) {
                    return found;
                }
            }
            if (!Instant.now().isBefore(until)) {
                break;
            }
            consumer.poll(Duration.ofMillis(200)).forEach(unread::add);
        }
        throw new AssertionError(
                "The last record expected did not come within " + timeout + "; matched " + found.size());
    }

    /**
     * Every record written since {@link #listen} up to this call (the topic's end offsets now); lets a test prove that
     * something was NOT written, e.g. no dead letter.
     */
    public List<ConsumerRecord<String, String>> drain() {
        var end = consumer.endOffsets(consumer.assignment());
        var found = new ArrayList<ConsumerRecord<String, String>>(unread);
        unread.clear();
        Instant until = Instant.now().plusSeconds(30);
        while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("Could not read up to the end offsets " + end + " within 30 s");
            }
            consumer.poll(Duration.ofMillis(200)).forEach(found::add);
        }
        return found;
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Publishes {@code event}'s data as a CloudEvent of its type, keyed by {@code key}. */
    public static void publish(String topic, String key, UUID id, GoldenEvent event) {
        publish(topic, key, id, event.type(), event.json());
    }

    /** An event and its key, for {@link #publishAll}. */
    public record Keyed(String key, GoldenEvent event) {}

    /**
     * Publishes every event as {@link #publish} does, each under a new id, with one producer and no wait in between
     * (as a back office's burst: a consumer reads them in one or a few polls), then waits for the broker's acks.
     */
    public static void publishAll(String topic, List<Keyed> events) {
        var props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.get().kafkaBootstrap());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 50);
        try (var producer = new KafkaProducer<String, String>(props)) {
            for (var keyed : events) {
                var record =
                        new ProducerRecord<>(topic, keyed.key(), keyed.event().json());
                Map.of(
                                "ce_specversion", "1.0",
                                "ce_id", UUID.randomUUID().toString(),
                                "ce_source", "/kabinet/test",
                                "ce_type", keyed.event().type(),
                                "ce_time", Instant.now().toString(),
                                "ce_subject", keyed.key())
                        .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
                producer.send(record);
            }
            producer.flush();
        }
    }

    /** Publishes a CloudEvent as a producer service would (binary mode), and waits for the broker's ack. */
    public static void publish(String topic, String key, UUID id, String type, String json) {
        var props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.get().kafkaBootstrap());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (var producer = new KafkaProducer<String, String>(props)) {
            var record = new ProducerRecord<>(topic, key, json);
            Map.of(
                            "ce_specversion",
                            "1.0",
                            "ce_id",
                            id.toString(),
                            "ce_source",
                            "/kabinet/test",
                            "ce_type",
                            type,
                            "ce_time",
                            Instant.now().toString(),
                            "ce_subject",
                            key,
                            "content-type",
                            "application/json")
                    .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish to " + topic, e);
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
