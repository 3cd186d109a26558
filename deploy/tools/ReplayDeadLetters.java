import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Re-publishes the records of a dead-letter topic ({@code <topic>.DLT}) to their original topic after the cause was
 * fixed (docs/runbook.md "Replay a dead-letter topic"). Each record keeps its key, value and headers (the CloudEvents
 * {@code ce_*} attributes, so consumers deduplicate it by {@code ce_id}, and its {@code traceparent}); the dead-letter
 * headers ({@code kafka_dlt-*}, {@code kabinet_dlt_*}) are dropped. It reads the dead letters in a consumer group of
 * its own and commits what it re-published, so a second run replays only what arrived since. It stops at the end
 * offsets it found at start. With {@code --event-id} it replays only those events, reading the whole topic and
 * committing nothing (the group's position stays for a later full replay).
 *
 * <pre>
 * java -cp '.kabinet/dist/kafka/libs/*' deploy/tools/ReplayDeadLetters.java \
 *     --bootstrap 127.0.0.1:9092 --topic metering.readings.DLT [--event-id ID ...] [--dry-run] [--group NAME]
 * </pre>
 */
public class ReplayDeadLetters {

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        String bootstrap = "127.0.0.1:9092";
        String topic = null;
        String group = null;
        boolean dryRun = false;
        Set<String> only = new java.util.HashSet<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--bootstrap" -> bootstrap = args[++i];
                case "--topic" -> topic = args[++i];
                case "--group" -> group = args[++i];
                case "--event-id" -> only.add(args[++i]);
                case "--dry-run" -> dryRun = true;
                default -> usage("unknown argument " + args[i]);
            }
        }
        if (topic == null || !topic.endsWith(".DLT")) {
            usage("--topic <topic>.DLT is required");
        }
        if (group == null) {
            group = "kabinet-dlt-replay-" + topic;
        }
        var consumerProperties = new Properties();
        consumerProperties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        consumerProperties.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        consumerProperties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumerProperties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        consumerProperties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        consumerProperties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        var producerProperties = new Properties();
        producerProperties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        producerProperties.put(ProducerConfig.ACKS_CONFIG, "all");
        producerProperties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        producerProperties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        producerProperties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());

        int replayed = 0;
        int skipped = 0;
        try (var consumer = new KafkaConsumer<byte[], byte[]>(consumerProperties);
                var producer = new KafkaProducer<byte[], byte[]>(producerProperties)) {
            var partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            boolean selected = !only.isEmpty();
            var committed = selected ? Map.<TopicPartition, OffsetAndMetadata>of() : consumer.committed(Set.copyOf(partitions));
            for (var partition : partitions) {
                var offset = committed.get(partition);
                if (offset == null) {
                    consumer.seekToBeginning(List.of(partition));
                } else {
                    consumer.seek(partition, offset.offset());
                }
            }
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                var sends = new ArrayList<Future<RecordMetadata>>();
                var next = new HashMap<TopicPartition, OffsetAndMetadata>();
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofSeconds(2))) {
                    var partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() >= end.get(partition)) {
                        continue;
                    }
                    next.put(partition, new OffsetAndMetadata(record.offset() + 1));
                    String eventId = header(record, "ce_id");
                    if (!only.isEmpty() && !only.contains(eventId)) {
                        skipped++;
                        continue;
                    }
                    String original = header(record, "kafka_dlt-original-topic");
                    if (original == null) {
                        original = topic.substring(0, topic.length() - ".DLT".length());
                    }
                    System.out.printf(
                            "%s %s@%d event %s (%s) -> %s; reason: %s%n",
                            dryRun ? "would replay" : "replaying",
                            record.topic(),
                            record.offset(),
                            eventId,
                            header(record, "ce_type"),
                            original,
                            header(record, "kabinet_dlt_reason"));
                    if (!dryRun) {
                        var copy = new ProducerRecord<byte[], byte[]>(original, record.key(), record.value());
                        for (Header header : record.headers()) {
                            if (!header.key().startsWith("kafka_dlt-") && !header.key().startsWith("kabinet_dlt_")) {
                                copy.headers().add(header);
                            }
                        }
                        sends.add(producer.send(copy));
                    }
                    replayed++;
                }
                for (var send : sends) {
                    send.get();
                }
                if (!dryRun && !selected && !next.isEmpty()) {
                    consumer.commitSync(next);
                }
            }
        }
        System.out.printf(
                "%s %d record(s) of %s, skipped %d%s%n",
                dryRun ? "Would replay" : "Replayed",
                replayed,
                topic,
                skipped,
                dryRun ? " (dry run: nothing sent, nothing committed)" : "");
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: ReplayDeadLetters --topic <topic>.DLT [--bootstrap host:port] [--group name]"
                + " [--event-id id ...] [--dry-run]");
        System.exit(2);
    }
}
