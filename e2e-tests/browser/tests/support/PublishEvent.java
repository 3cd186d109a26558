import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes one CloudEvent (binary mode, as a producer service does) and waits for the broker's ack: what the
 * browser specs use to play the utility's back office. Run as a single-file source program with Kafka's client
 * jars on the class path:
 *
 * <pre>java -cp "$KAFKA_LIBS/*" PublishEvent.java BOOTSTRAP TOPIC KEY TYPE FILE.json</pre>
 */
public class PublishEvent {

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: PublishEvent BOOTSTRAP TOPIC KEY TYPE FILE");
            System.exit(2);
        }
        String json = Files.readString(Path.of(args[4]), StandardCharsets.UTF_8);
        var props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 15000);
        try (var producer = new KafkaProducer<String, String>(props)) {
            var record = new ProducerRecord<>(args[1], args[2], json);
            header(record, "ce_specversion", "1.0");
            header(record, "ce_id", UUID.randomUUID().toString());
            header(record, "ce_source", "/kabinet/e2e-browser");
            header(record, "ce_type", args[3]);
            header(record, "ce_time", Instant.now().toString());
            header(record, "ce_subject", args[2]);
            header(record, "content-type", "application/json");
            producer.send(record).get();
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
