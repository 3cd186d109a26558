package dev.kabinet.backoffice.accounts;

import dev.kabinet.backoffice.accounts.messaging.AccountRecordsPublisher;
import dev.kabinet.demodata.AccountGenerator;
import dev.kabinet.demodata.AccountJson;
import dev.kabinet.platform.test.TestServers;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * BO-1 bulk import, the producer's side measured alone (docs/adr/0027): {@code N} generated account records (the
 * benchmark's generator, JSON and CloudEvents headers as {@link AccountRecordsPublisher} sends them) to a topic of its
 * own (6 partitions like {@code backoffice.accounts}, created and deleted here) under several producer settings, and
 * the generator alone as the ceiling. Opt-in, never part of the build:
 *
 * <pre>./mvnw -pl backoffice-demo -am verify -Dit.test=AccountsImportBench -Dkabinet.bench.import=200000 …</pre>
 */
@EnabledIfSystemProperty(named = "kabinet.bench.import", matches = "[0-9]+")
@DisplayName("BO-1 bulk import: producer settings measured against the generator alone")
class AccountsImportBench {

    static final long SEED = 20261129;

    record Variant(String name, Map<String, Object> settings, boolean template) {}

    @Test
    void measureProducerSettings() throws Exception {
        long n = Long.getLong("kabinet.bench.import");
        String bootstrap = TestServers.get().kafkaBootstrap();
        String only = System.getProperty("kabinet.bench.variants", "");

        // the ceiling: generating the records and their JSON, nothing sent
        long started = System.nanoTime();
        long bytes = 0;
        var generated = new AccountGenerator(SEED, revision()).iterator(n);
        while (generated.hasNext()) {
            bytes += AccountJson.write(generated.next()).length();
        }
        report("generator + JSON only", n, started, bytes);

        var variants = List.of(
                new Variant(
                        "before: template, acks=all, linger 20, batch 256K, no compression",
                        Map.of(
                                ProducerConfig.ACKS_CONFIG, "all",
                                ProducerConfig.LINGER_MS_CONFIG, 20,
                                ProducerConfig.BATCH_SIZE_CONFIG, 262_144),
                        true),
                new Variant(
                        "template, acks=all, linger 20, batch 256K, lz4",
                        Map.of(
                                ProducerConfig.ACKS_CONFIG,
                                "all",
                                ProducerConfig.LINGER_MS_CONFIG,
                                20,
                                ProducerConfig.BATCH_SIZE_CONFIG,
                                262_144,
                                ProducerConfig.COMPRESSION_TYPE_CONFIG,
                                "lz4"),
                        true),
                new Variant(
                        "template, acks=all, linger 50, batch 1M, lz4, buffer 64M",
                        Map.of(
                                ProducerConfig.ACKS_CONFIG,
                                "all",
                                ProducerConfig.LINGER_MS_CONFIG,
                                50,
                                ProducerConfig.BATCH_SIZE_CONFIG,
                                1_048_576,
                                ProducerConfig.BUFFER_MEMORY_CONFIG,
                                67_108_864L,
                                ProducerConfig.COMPRESSION_TYPE_CONFIG,
                                "lz4"),
                        true),
                new Variant(
                        "template, acks=all, linger 50, batch 1M, zstd, buffer 64M",
                        Map.of(
                                ProducerConfig.ACKS_CONFIG,
                                "all",
                                ProducerConfig.LINGER_MS_CONFIG,
                                50,
                                ProducerConfig.BATCH_SIZE_CONFIG,
                                1_048_576,
                                ProducerConfig.BUFFER_MEMORY_CONFIG,
                                67_108_864L,
                                ProducerConfig.COMPRESSION_TYPE_CONFIG,
                                "zstd"),
                        true),
                new Variant(
                        "raw producer, acks=all, linger 50, batch 1M, lz4, buffer 64M",
                        Map.of(
                                ProducerConfig.ACKS_CONFIG,
                                "all",
                                ProducerConfig.LINGER_MS_CONFIG,
                                50,
                                ProducerConfig.BATCH_SIZE_CONFIG,
                                1_048_576,
                                ProducerConfig.BUFFER_MEMORY_CONFIG,
                                67_108_864L,
                                ProducerConfig.COMPRESSION_TYPE_CONFIG,
                                "lz4"),
                        false),
                new Variant(
                        "raw producer, acks=1, linger 50, batch 1M, lz4, buffer 64M (not idempotent: reference only)",
                        Map.of(
                                ProducerConfig.ACKS_CONFIG,
                                "1",
                                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                                false,
                                ProducerConfig.LINGER_MS_CONFIG,
                                50,
                                ProducerConfig.BATCH_SIZE_CONFIG,
                                1_048_576,
                                ProducerConfig.BUFFER_MEMORY_CONFIG,
                                67_108_864L,
                                ProducerConfig.COMPRESSION_TYPE_CONFIG,
                                "lz4"),
                        false));
        for (int i = 0; i < variants.size(); i++) {
            if (!only.isEmpty() && !List.of(only.split(",")).contains(Integer.toString(i))) {
                continue;
            }
            run(bootstrap, variants.get(i), n);
        }
    }

    private void run(String bootstrap, Variant variant, long n) throws Exception {
        String topic = "bench.backoffice.accounts-" + UUID.randomUUID();
        try (var admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 6, (short) 1))).all().get();
            try {
                Map<String, Object> config = new java.util.HashMap<>(variant.settings());
                config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
                config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
                config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
                config.putIfAbsent(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
                config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
                long started = System.nanoTime();
                var records = new AccountGenerator(SEED, revision()).iterator(n);
                if (variant.template()) {
                    var factory = new DefaultKafkaProducerFactory<String, String>(config);
                    var template = new KafkaTemplate<>(factory);
                    template.setDefaultTopic(topic);
                    new AccountRecordsPublisher(template, properties(topic)).publish(records);
                    factory.destroy();
                } else {
                    var props = new Properties();
                    props.putAll(config);
                    var failure = new AtomicReference<Exception>();
                    try (var producer = new KafkaProducer<String, String>(props)) {
                        while (records.hasNext()) {
                            producer.send(AccountRecordsPublisher.record(topic, records.next()), (meta, e) -> {
                                if (e != null) failure.compareAndSet(null, e);
                            });
                        }
                        producer.flush();
                    }
                    if (failure.get() != null) throw failure.get();
                }
                report(variant.name(), n, started, -1);
            } finally {
                admin.deleteTopics(List.of(topic)).all().get();
            }
        }
    }

    private static AccountsProperties properties(String topic) {
        return new AccountsProperties(0, SEED, revision(), topic);
    }

    private static long revision() {
        return 1;
    }

    private static void report(String what, long n, long startedNanos, long bytes) {
        double seconds = (System.nanoTime() - startedNanos) / 1e9;
        System.out.printf(
                "BENCH %-95s %,10d records in %6.2f s = %,8.0f records/s%s%n",
                what,
                n,
                seconds,
                n / seconds,
                bytes > 0 ? String.format(" (%.0f bytes a record)", (double) bytes / n) : "");
    }
}
