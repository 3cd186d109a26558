package dev.kabinet.backoffice.visits.messaging;

import dev.kabinet.backoffice.visits.VisitsProperties;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo back office's specialist (AC-4, BO-5): takes each visit request from {@code account.visit-requests}, accepts
 * it after {@code accept-after} with a slot on the first preferred day, 10:00–12:00 Moscow time, and marks it done
 * {@code done-after} later, each as {@code backoffice.VisitRequestUpdated.v1} on {@code backoffice.visit-requests}.
 * The event ids derive from the request id and the status, so a redelivered request sends the same events (account-
 * service's inbox drops them). Pending answers live in memory: a restart of the demo forgets them.
 */
@Component
class VisitAnswers {

    static final String ANSWER_TYPE = "backoffice.VisitRequestUpdated.v1";
    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final Logger log = LoggerFactory.getLogger(VisitAnswers.class);

    private final KafkaTemplate<String, String> kafka;
    private final TaskScheduler scheduler;
    private final VisitsProperties properties;
    private final Clock clock;

    VisitAnswers(KafkaTemplate<String, String> kafka, TaskScheduler scheduler, VisitsProperties properties) {
        this.kafka = kafka;
        this.scheduler = scheduler;
        this.properties = properties;
        this.clock = Clock.systemUTC();
    }

    @KafkaListener(
            topics = "${kabinet.backoffice-demo.visits.requests-topic:account.visit-requests}",
            autoStartup = "${kabinet.backoffice-demo.answers:true}")
    void on(ConsumerRecord<String, String> record) {
        var type = record.headers().lastHeader("ce_type");
        if (type == null || !VisitRequestedV1.TYPE.equals(new String(type.value(), StandardCharsets.UTF_8))) {
            return;
        }
        var request = read(record.value());
        var accept = clock.instant().plus(properties.acceptAfter());
        scheduler.schedule(() -> accepted(request), accept);
        scheduler.schedule(() -> done(request), accept.plus(properties.doneAfter()));
        log.info(
                "Visit request {} ({}) taken; answering after {}",
                request.requestId(),
                request.reason(),
                properties.acceptAfter());
    }

    static VisitRequestedV1 read(String json) {
        return JSON.readValue(json, VisitRequestedV1.class);
    }

    void accepted(VisitRequestedV1 request) {
        var start = request.preferredFrom()
                .atTime(LocalTime.of(10, 0))
                .atZone(MOSCOW)
                .toInstant();
        var answer = answer(request, "ACCEPTED");
        answer.put("slotStart", start.toString());
        answer.put("slotEnd", start.plusSeconds(2 * 3600).toString());
        send(request, "ACCEPTED", answer);
    }

    void done(VisitRequestedV1 request) {
        send(request, "DONE", answer(request, "DONE"));
    }

    private Map<String, Object> answer(VisitRequestedV1 request, String status) {
        var answer = new LinkedHashMap<String, Object>();
        answer.put("requestId", request.requestId().toString());
        answer.put("accountNumber", request.accountNumber());
        answer.put("status", status);
        answer.put("updatedAt", clock.instant().toString());
        return answer;
    }

    private void send(VisitRequestedV1 request, String status, Map<String, Object> answer) {
        var record = new ProducerRecord<>(
                properties.answersTopic(), request.accountNumber(), JSON.writeValueAsString(answer));
        var id = UUID.nameUUIDFromBytes(
                (ANSWER_TYPE + "/" + request.requestId() + "/" + status).getBytes(StandardCharsets.UTF_8));
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", id.toString());
        header(record, "ce_source", "/backoffice/demo");
        header(record, "ce_type", ANSWER_TYPE);
        header(record, "ce_time", answer.get("updatedAt").toString());
        header(record, "ce_subject", request.accountNumber());
        header(record, "content-type", "application/json");
        kafka.send(record).whenComplete((result, e) -> {
            if (e != null) {
                log.warn(
                        "Visit answer {} of request {} not sent: {}",
                        status,
                        request.requestId(),
                        e.getClass().getName());
            }
        });
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
