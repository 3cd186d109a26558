package dev.kabinet.backoffice.tariffs;

import dev.kabinet.backoffice.accounts.messaging.AccountRecordsPublisher;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Sends the demo utility's tariffs and normatives ({@link TariffBook}) on {@code backoffice.tariffs} on every start
 * (BL-4, BO-1), before the application reports itself ready. Key = the tariff's or normative's id; CloudEvents 1.0 in
 * binary mode like every record of this back office; the event id is derived from type, id and revision, so sending
 * again is the same event (billing's inbox drops it, and its revision check would anyway).
 */
@Component
class TariffsLoad implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TariffsLoad.class);
    private static final String TIME =
            OffsetDateTime.of(2025, 12, 1, 9, 0, 0, 0, ZoneOffset.UTC).toString();

    private final KafkaTemplate<String, String> kafka;
    private final TariffsProperties properties;

    TariffsLoad(KafkaTemplate<String, String> kafka, TariffsProperties properties) {
        this.kafka = kafka;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.enabled()) {
            return;
        }
        var sends = new ArrayList<CompletableFuture<?>>();
        for (var tariff : TariffBook.tariffs()) {
            sends.add(kafka.send(record(
                    properties.topic(),
                    TariffBook.TariffSetV1.TYPE,
                    tariff.tariffId(),
                    tariff.revision(),
                    tariff.json())));
        }
        for (var normative : TariffBook.normatives()) {
            sends.add(kafka.send(record(
                    properties.topic(),
                    TariffBook.NormativeSetV1.TYPE,
                    normative.normativeId(),
                    normative.revision(),
                    normative.json())));
        }
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            throw new CompletionException("Kafka did not acknowledge every tariff record", e.getCause());
        }
        log.info(
                "Sent {} tariffs and {} normatives to {}",
                TariffBook.tariffs().size(),
                TariffBook.normatives().size(),
                properties.topic());
    }

    /** The event id of a record: the same for the same id at the same revision. */
    static UUID eventId(String type, String id, long revision) {
        return UUID.nameUUIDFromBytes((type + "/" + id + "/" + revision).getBytes(StandardCharsets.UTF_8));
    }

    static ProducerRecord<String, String> record(String topic, String type, String id, long revision, String json) {
        var record = new ProducerRecord<>(topic, id, json);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", eventId(type, id, revision).toString());
        header(record, "ce_source", AccountRecordsPublisher.SOURCE);
        header(record, "ce_type", type);
        header(record, "ce_time", TIME);
        header(record, "ce_subject", id);
        header(record, "content-type", "application/json");
        return record;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
