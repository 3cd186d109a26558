package dev.kabinet.backoffice.applications.messaging;

import dev.kabinet.backoffice.applications.ApplicationReview;
import dev.kabinet.backoffice.applications.ApplicationsProperties;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
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
 * The demo back office's reviewer of access applications (BO-4, ID-4): takes each application from
 * {@code identity.access-applications}, decides it by {@link ApplicationReview}'s rule {@code decide-after} later and
 * sends {@code backoffice.AccessApplicationDecided.v1} on {@code backoffice.access-application-decisions}. The event id
 * derives from the application id, so a redelivered application sends the same decision (identity-service's inbox drops
 * it). Pending decisions live in memory: a restart of the demo forgets them. Logs the application's number only.
 */
@Component
class ApplicationDecisions {

    static final String DECISION_TYPE = "backoffice.AccessApplicationDecided.v1";
    static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final Logger log = LoggerFactory.getLogger(ApplicationDecisions.class);

    private final KafkaTemplate<String, String> kafka;
    private final TaskScheduler scheduler;
    private final ApplicationsProperties properties;
    private final ApplicationReview review;
    private final Clock clock = Clock.systemUTC();

    ApplicationDecisions(
            KafkaTemplate<String, String> kafka,
            TaskScheduler scheduler,
            ApplicationsProperties properties,
            ApplicationReview review) {
        this.kafka = kafka;
        this.scheduler = scheduler;
        this.properties = properties;
        this.review = review;
    }

    @KafkaListener(
            topics = "${kabinet.backoffice-demo.applications.submissions-topic:identity.access-applications}",
            autoStartup = "${kabinet.backoffice-demo.answers:true}")
    void on(ConsumerRecord<String, String> record) {
        var type = record.headers().lastHeader("ce_type");
        if (type == null
                || !AccessApplicationSubmittedV1.TYPE.equals(new String(type.value(), StandardCharsets.UTF_8))) {
            return;
        }
        var application = JSON.readValue(record.value(), AccessApplicationSubmittedV1.class);
        scheduler.schedule(() -> decide(application), clock.instant().plus(properties.decideAfter()));
        log.info(
                "Access application {} taken; deciding after {}",
                application.applicationNumber(),
                properties.decideAfter());
    }

    void decide(AccessApplicationSubmittedV1 application) {
        var verdict = review.review(
                application.accountNumber(),
                application.surname(),
                application.meterSerialNumber(),
                application.extraAccountNumbers());
        var decision = new LinkedHashMap<String, Object>();
        decision.put("applicationId", application.applicationId().toString());
        decision.put("accountNumber", application.accountNumber());
        decision.put("decision", verdict.approved() ? "APPROVED" : "REJECTED");
        if (verdict.approved()) {
            decision.put("accountNumbers", verdict.accountNumbers());
        } else {
            decision.put("reason", verdict.reason());
        }
        decision.put("decidedAt", clock.instant().toString());
        send(application, decision);
        log.info(
                "Access application {} {}",
                application.applicationNumber(),
                verdict.approved() ? "approved" : "rejected: not the owner");
    }

    private void send(AccessApplicationSubmittedV1 application, Map<String, Object> decision) {
        var record = new ProducerRecord<>(
                properties.decisionsTopic(), application.accountNumber(), JSON.writeValueAsString(decision));
        var id = UUID.nameUUIDFromBytes(
                (DECISION_TYPE + "/" + application.applicationId()).getBytes(StandardCharsets.UTF_8));
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", id.toString());
        header(record, "ce_source", "/backoffice/demo");
        header(record, "ce_type", DECISION_TYPE);
        header(record, "ce_time", decision.get("decidedAt").toString());
        header(record, "ce_subject", application.accountNumber());
        header(record, "content-type", "application/json");
        kafka.send(record).whenComplete((result, e) -> {
            if (e == null) {
                log.debug(
                        "Decision of access application {} sent to {}",
                        application.applicationNumber(),
                        record.topic());
            } else {
                log.warn(
                        "Decision of access application {} not sent: {}",
                        application.applicationNumber(),
                        e.getClass().getName());
            }
        });
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
