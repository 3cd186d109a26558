package dev.kabinet.backoffice.readings.messaging;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;

/** A CloudEvents 1.0 record in binary mode, as the back office sends them (key = account number). */
final class BackofficeRecords {

    static final String SOURCE = "/backoffice/demo";

    private BackofficeRecords() {}

    static ProducerRecord<String, String> record(
            String topic, String accountNumber, String type, UUID id, String time, String json) {
        var record = new ProducerRecord<>(topic, accountNumber, json);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", id.toString());
        header(record, "ce_source", SOURCE);
        header(record, "ce_type", type);
        header(record, "ce_time", time);
        header(record, "ce_subject", accountNumber);
        header(record, "content-type", "application/json");
        return record;
    }

    static String type(org.apache.kafka.clients.consumer.ConsumerRecord<String, String> record) {
        var type = record.headers().lastHeader("ce_type");
        return type == null ? "" : new String(type.value(), StandardCharsets.UTF_8);
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
