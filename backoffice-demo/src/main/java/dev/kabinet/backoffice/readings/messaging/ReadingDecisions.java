package dev.kabinet.backoffice.readings.messaging;

import dev.kabinet.backoffice.readings.ReadingDecider;
import dev.kabinet.backoffice.readings.ReadingsProperties;
import jakarta.annotation.PreDestroy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo back office's reading clerk (BO-2): takes each {@code metering.ReadingSubmitted.v1} from
 * {@code metering.readings} (the back office's group, {@code spring.kafka.consumer.group-id}, from the topic's start
 * the first time) and,
 * {@code decide-after} later, sends {@code backoffice.ReadingDecided.v1} on {@code backoffice.reading-decisions}:
 * accepted, or refused by {@link ReadingDecider}'s rule. The event id derives from the reading id, so a redelivered
 * reading sends the same decision event (metering's inbox drops it). A {@code metering.ReadingDeleted.v1} (MT-4) seen
 * before the decision is due cancels it. Pending decisions live in memory: a restart forgets them (the readings stay in
 * processing until submitted again).
 */
@Component
class ReadingDecisions {

    static final String TYPE = "backoffice.ReadingDecided.v1";
    static final String DELETED = "metering.ReadingDeleted.v1";
    static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final Logger log = LoggerFactory.getLogger(ReadingDecisions.class);

    private final KafkaTemplate<String, String> kafka;
    private final ReadingDecider decider;
    private final ReadingsProperties properties;
    private final Clock clock = Clock.systemUTC();
    /** Readings deleted by their residents (MT-4) before their decision went out. */
    private final Set<UUID> deleted = ConcurrentHashMap.newKeySet();

    private final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor(
            Thread.ofVirtual().name("reading-decisions").factory());

    ReadingDecisions(KafkaTemplate<String, String> kafka, ReadingDecider decider, ReadingsProperties properties) {
        this.kafka = kafka;
        this.decider = decider;
        this.properties = properties;
    }

    @KafkaListener(
            id = "backoffice-demo-readings",
            topics = "${kabinet.backoffice-demo.readings.submissions-topic:metering.readings}",
            autoStartup = "${kabinet.backoffice-demo.answers:true}")
    void on(ConsumerRecord<String, String> record) {
        var type = BackofficeRecords.type(record);
        if (DELETED.equals(type)) {
            try {
                deleted.add(UUID.fromString(
                        JSON.readTree(record.value()).path("readingId").asString()));
            } catch (RuntimeException e) {
                log.warn(
                        "Unreadable deletion at {}-{}@{} skipped", record.topic(), record.partition(), record.offset());
            }
            return;
        }
        if (!ReadingSubmittedV1.TYPE.equals(type)) {
            return;
        }
        ReadingSubmittedV1 reading;
        try {
            reading = JSON.readValue(record.value(), ReadingSubmittedV1.class);
        } catch (RuntimeException e) {
            log.warn("Unreadable reading at {}-{}@{} skipped", record.topic(), record.partition(), record.offset());
            return;
        }
        later.schedule(() -> decide(reading), properties.decideAfter().toMillis(), TimeUnit.MILLISECONDS);
    }

    void decide(ReadingSubmittedV1 reading) {
        if (deleted.remove(reading.readingId())) {
            log.info("Reading {} was deleted by the resident (MT-4): no decision", reading.readingId());
            return;
        }
        var refusal =
                decider.decide(reading.accountNumber(), reading.meterId(), reading.values(), reading.previousValues());
        var decidedAt = clock.instant().toString();
        var decision = new LinkedHashMap<String, Object>();
        decision.put("readingId", reading.readingId().toString());
        decision.put("accountNumber", reading.accountNumber());
        decision.put("meterId", reading.meterId());
        decision.put("decision", refusal == null ? "ACCEPTED" : "REFUSED");
        if (refusal != null) {
            decision.put("reasonCode", refusal.code());
            decision.put("reason", refusal.reason());
        }
        decision.put("decidedAt", decidedAt);
        var id = UUID.nameUUIDFromBytes((TYPE + "/" + reading.readingId()).getBytes(StandardCharsets.UTF_8));
        kafka.send(BackofficeRecords.record(
                        properties.decisionsTopic(),
                        reading.accountNumber(),
                        TYPE,
                        id,
                        decidedAt,
                        JSON.writeValueAsString(decision)))
                .whenComplete((result, e) -> {
                    if (e != null) {
                        log.warn(
                                "Decision on reading {} not sent: {}",
                                reading.readingId(),
                                e.getClass().getName());
                    }
                });
        log.info("Reading {} {}", reading.readingId(), refusal == null ? "accepted" : "refused: " + refusal.code());
    }

    @PreDestroy
    void stop() {
        later.shutdownNow();
    }
}
