package dev.kabinet.backoffice.readings.messaging;

import dev.kabinet.backoffice.readings.ReadingHistories;
import dev.kabinet.backoffice.readings.ReadingsProperties;
import dev.kabinet.demodata.ReadingTakenV1;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Sends the back office's reading history on {@code backoffice.readings} (BO-2): for every account Kabinet publishes
 * on {@code account.accounts}, the history this back office holds of its meters ({@link ReadingHistories}). Waiting for
 * the account there (rather than sending at start) keeps the history behind the meters it refers to: metering takes
 * the meters from that topic. The group is new at every start and reads the compacted topic from its start, so the
 * history is re-sent at every start: harmless, metering keeps a reading once per reading id, and the event ids derive
 * from the reading ids (its inbox drops the repeats).
 */
@Component
class HistorySender {

    static final String ACCOUNT_CHANGED = "account.AccountChanged.v1";
    private static final Logger log = LoggerFactory.getLogger(HistorySender.class);

    private final KafkaTemplate<String, String> kafka;
    private final ReadingHistories histories;
    private final ReadingsProperties properties;

    HistorySender(KafkaTemplate<String, String> kafka, ReadingHistories histories, ReadingsProperties properties) {
        this.kafka = kafka;
        this.histories = histories;
        this.properties = properties;
    }

    @KafkaListener(
            id = "backoffice-demo-history",
            groupId = "backoffice-demo-history-#{T(java.util.UUID).randomUUID()}",
            topics = "${kabinet.backoffice-demo.readings.accounts-topic:account.accounts}",
            autoStartup = "${kabinet.backoffice-demo.answers:true}",
            properties = "auto.offset.reset=earliest")
    void on(ConsumerRecord<String, String> record) {
        if (record.key() == null || !ACCOUNT_CHANGED.equals(BackofficeRecords.type(record))) {
            return;
        }
        var history = histories.of(record.key());
        history.forEach(this::send);
        if (!history.isEmpty()) {
            log.debug("Sent {} readings of history", history.size());
        }
    }

    void send(ReadingTakenV1 reading) {
        var id = UUID.nameUUIDFromBytes(
                (ReadingTakenV1.TYPE + "/" + reading.readingId()).getBytes(StandardCharsets.UTF_8));
        kafka.send(BackofficeRecords.record(
                        properties.historyTopic(),
                        reading.accountNumber(),
                        ReadingTakenV1.TYPE,
                        id,
                        reading.takenAt(),
                        reading.json()))
                .whenComplete((result, e) -> {
                    if (e != null) {
                        log.warn(
                                "History reading {} not sent: {}",
                                reading.readingId(),
                                e.getClass().getName());
                    }
                });
    }
}
