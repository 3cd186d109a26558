package dev.kabinet.backoffice.appeals.messaging;

import dev.kabinet.backoffice.appeals.AppealsProperties;
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
 * The demo back office's customer service and technical support (AC-5, BO-5): takes each appeal from {@code
 * account.appeals}, marks it in progress after {@code take-after} and answers it {@code answer-after} later with a
 * stock answer for its addressee, as {@code backoffice.AppealUpdated.v1} on {@code backoffice.appeals}. Event ids derive
 * from the appeal id and the status. Pending answers live in memory: a restart of the demo forgets them. Logs ids only.
 */
@Component
class AppealAnswers {

    static final String UPDATE_TYPE = "backoffice.AppealUpdated.v1";
    static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final Logger log = LoggerFactory.getLogger(AppealAnswers.class);

    private final KafkaTemplate<String, String> kafka;
    private final TaskScheduler scheduler;
    private final AppealsProperties properties;
    private final Clock clock = Clock.systemUTC();

    AppealAnswers(KafkaTemplate<String, String> kafka, TaskScheduler scheduler, AppealsProperties properties) {
        this.kafka = kafka;
        this.scheduler = scheduler;
        this.properties = properties;
    }

    @KafkaListener(
            topics = "${kabinet.backoffice-demo.appeals.appeals-topic:account.appeals}",
            autoStartup = "${kabinet.backoffice-demo.answers:true}")
    void on(ConsumerRecord<String, String> record) {
        var type = record.headers().lastHeader("ce_type");
        if (type == null || !AppealSentV1.TYPE.equals(new String(type.value(), StandardCharsets.UTF_8))) {
            return;
        }
        var appeal = read(record.value());
        var take = clock.instant().plus(properties.takeAfter());
        scheduler.schedule(() -> send(appeal, "IN_PROGRESS", null), take);
        scheduler.schedule(() -> send(appeal, "ANSWERED", answerTo(appeal)), take.plus(properties.answerAfter()));
        log.info("Appeal {} taken; in progress after {}", appeal.appealId(), properties.takeAfter());
    }

    static AppealSentV1 read(String json) {
        return JSON.readValue(json, AppealSentV1.class);
    }

    static String answerTo(AppealSentV1 appeal) {
        return "TECHNICAL_SUPPORT".equals(appeal.addressee())
                ? "Техническая поддержка: спасибо за обращение и приложенные файлы. Мы проверили работу личного кабинета,"
                        + " ошибка исправлена. Если она повторится, напишите нам снова."
                : "Абонентская служба: спасибо за обращение. Мы проверили данные вашего лицевого счёта; подробности —"
                        + " в ближайшей квитанции. Если остались вопросы, позвоните на горячую линию.";
    }

    private void send(AppealSentV1 appeal, String status, String answer) {
        Map<String, Object> update = new LinkedHashMap<>();
        update.put("appealId", appeal.appealId().toString());
        update.put("accountNumber", appeal.accountNumber());
        update.put("status", status);
        update.put("updatedAt", clock.instant().toString());
        if (answer != null) {
            update.put("answer", answer);
        }
        var record = new ProducerRecord<>(
                properties.updatesTopic(), appeal.accountNumber(), JSON.writeValueAsString(update));
        var id = UUID.nameUUIDFromBytes(
                (UPDATE_TYPE + "/" + appeal.appealId() + "/" + status).getBytes(StandardCharsets.UTF_8));
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", id.toString());
        header(record, "ce_source", "/backoffice/demo");
        header(record, "ce_type", UPDATE_TYPE);
        header(record, "ce_time", update.get("updatedAt").toString());
        header(record, "ce_subject", appeal.accountNumber());
        header(record, "content-type", "application/json");
        kafka.send(record).whenComplete((result, e) -> {
            if (e != null) {
                log.warn(
                        "Appeal update {} of {} not sent: {}",
                        status,
                        appeal.appealId(),
                        e.getClass().getName());
            }
        });
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
