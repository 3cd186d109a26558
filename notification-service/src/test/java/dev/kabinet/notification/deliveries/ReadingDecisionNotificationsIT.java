package dev.kabinet.notification.deliveries;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.platform.test.GoldenEvent;
import dev.kabinet.platform.test.KabinetIntegrationTest;
import dev.kabinet.platform.test.KafkaProbe;
import dev.kabinet.platform.test.ServiceApi;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The back office's decision on a reading ({@code metering.ReadingDecided.v1}) reaches the resident on the channels
 * they chose (NT-1, NT-3, MT-3, issue #11), on the real Kafka, PostgreSQL, GreenMail and SMS sink: the cabinet always,
 * e-mail while e-mail informing is on, SMS while SMS informing is on, in the owner's language, the refusal with its
 * reason; a redelivery sends nothing; the SMS provider's failures are retried or, when final, leave the delivery DEAD
 * for operators to see; the resident's history and the operators' statistics show it all, recipients masked. Every
 * test has an account, mailbox and phone of its own (never the demo's).
 */
@KabinetIntegrationTest
@TestPropertySource(
        properties = {
            "kabinet.notification.mail.poll-interval=100ms",
            "kabinet.notification.mail.first-retry-after=200ms",
            "kabinet.notification.mail.backoff-multiplier=2.0",
            "kabinet.notification.mail.max-retry-after=1s",
            "kabinet.notification.mail.max-attempts=50",
            "kabinet.notification.rate-limit.max-per-recipient=3",
            "kabinet.notification.rate-limit.window=1h",
            "kabinet.notification.sms.quiet-from=00:00",
            "kabinet.notification.sms.quiet-until=00:00"
        })
@DisplayName("NT-1 NT-3 a reading accepted or refused is told on the channels the resident chose (MT-3, #11)")
class ReadingDecisionNotificationsIT {

    static final String TOPIC = "metering.readings";
    static final String TYPE = "metering.ReadingDecided.v1";
    static final String REASON = "Расход выше среднего более чем в 5 раз";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${spring.kafka.consumer.group-id}")
    String group;

    ServiceApi operator;
    String account;
    String mailbox;
    String phone;

    @BeforeEach
    void anAccountOfItsOwn() {
        operator = ServiceApi.on(port).as("operator");
        account = "77" + String.format("%011d", ThreadLocalRandom.current().nextLong(100_000_000_000L));
        mailbox = "decided-" + UUID.randomUUID().toString().substring(0, 8) + "@kabinet.local";
        phone = "+7999" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }

    /** The account's contact and meter as account.accounts would have set them, straight into this database. */
    void contact(boolean sms, boolean email, String language) {
        jdbc.update(
                "insert into contact (account_number, sequence, phone, email, sms_informing, email_informing, language)"
                        + " values (?, 1, ?, ?, ?, ?, ?)",
                account,
                phone,
                mailbox,
                sms,
                email,
                language);
        jdbc.update(
                "insert into contact_meter (account_number, meter_id, serial_number) values (?, 102, 'ЭМ-102-2021')",
                account);
    }

    String refused() {
        return GoldenEvent.of(TYPE)
                .with("readingId", UUID.randomUUID().toString())
                .with("accountNumber", account)
                .with("status", "REJECTED")
                .with("reasonCode", "CONSUMPTION_TOO_HIGH")
                .with("reason", REASON)
                .json();
    }

    String accepted() {
        return GoldenEvent.of(TYPE)
                .with("readingId", UUID.randomUUID().toString())
                .with("accountNumber", account)
                .json();
    }

    UUID publish(String payload) {
        var eventId = UUID.randomUUID();
        KafkaProbe.publish(TOPIC, account, eventId, TYPE, payload);
        return eventId;
    }

    @Test
    @DisplayName(
            "NT-1 NT-3 a refusal with its reason: in the cabinet, by e-mail and by SMS; a redelivery sends nothing")
    void aRefusalGoesEverywhereOnce() throws Exception {
        contact(true, true, "ru");

        var eventId = publish(refused());

        var email = awaitEmail(eventId);
        assertThat(email.getSubject()).isEqualTo("Показания не приняты");
        assertThat(email.getContent().toString()).isNotEmpty();
        var sms = awaitSms(1);
        assertThat(sms.get(0).get("text").asString()).contains("ЭМ-102-2021").contains("не приняты: " + REASON);
        assertThat(sms.get(0).get("idempotencyKey").asString()).isEqualTo(eventId + ":SMS");
        var message = awaitMessages(1).get(0);
        assertThat(message.get("subject").asString()).isEqualTo("Показания не приняты");
        assertThat(message.get("body").asString()).contains("Причина: " + REASON);
        assertThat(message.get("read").asBoolean()).isFalse();

        // redelivered: nothing more on any channel
        KafkaProbe.publish(TOPIC, account, eventId, TYPE, refused());
        var next = publish(accepted());
        awaitSms(2);
        assertThat(TestMailbox.emailsWithMessageId(mailbox, eventId)).hasSize(1);
        assertThat(count("select count(*) from delivery where event_id = ?", eventId))
                .isEqualTo(3);
        assertThat(SmsSink.inbox(phone).get(1).get("text").asString()).contains("учтены");
        assertThat(awaitEmail(next).getSubject()).isEqualTo("Показания учтены");

        // the resident's history: what went where, masked
        var history = operator.get("/api/v1/accounts/" + account + "/deliveries?size=10");
        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        var refusal = new ArrayList<JsonNode>();
        history.json().forEach(row -> {
            if (row.get("template").asString().equals("reading-refused/1")) {
                refusal.add(row);
            }
        });
        assertThat(refusal)
                .extracting(row -> row.get("channel").asString())
                .containsExactlyInAnyOrder("CABINET", "EMAIL", "SMS");
        assertThat(history.body()).doesNotContain(mailbox, phone);
        assertThat(refusal)
                .filteredOn(row -> row.get("channel").asString().equals("SMS"))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.get("recipient").asString()).isEqualTo("+7 *** ***-**-" + phone.substring(10));
                    assertThat(row.get("status").asString()).isEqualTo("SENT");
                });
    }

    @Test
    @DisplayName("NT-1 in English for an owner whose language is English")
    void inTheOwnersLanguage() throws Exception {
        contact(false, true, "en");

        var eventId = publish(refused());

        assertThat(awaitEmail(eventId).getSubject()).isEqualTo("Meter readings refused");
        assertThat(awaitMessages(1).get(0).get("body").asString()).contains("Reason: " + REASON);
    }

    @Test
    @DisplayName("NT-3 without informing the cabinet only: no e-mail, no SMS; the message is unread until marked read")
    void theCabinetAlways() throws Exception {
        contact(false, false, "ru");

        var eventId = publish(accepted());

        var message = awaitMessages(1).get(0);
        assertThat(message.get("subject").asString()).isEqualTo("Показания учтены");
        var unread = "/api/v1/accounts/" + account + "/messages/unread-count";
        assertThat(operator.get(unread).json().get("unread").asLong()).isEqualTo(1);
        var read = operator.post(
                "/api/v1/accounts/" + account + "/messages/" + message.get("id").asString() + "/read", null);
        assertThat(read.status()).as(read.toString()).isEqualTo(204);
        assertThat(operator.get(unread).json().get("unread").asLong()).isZero();
        Thread.sleep(1_000);
        assertThat(count("select count(*) from delivery where event_id = ?", eventId))
                .isEqualTo(1);
        assertThat(SmsSink.inbox(phone)).isEmpty();
    }

    @Test
    @DisplayName("NT-1 the SMS provider's failures: 503 retried and sent once; a final refusal is DEAD for operators")
    void providerFailures() {
        contact(true, false, "ru");
        SmsSink.fault(phone, 503, 2);

        var retried = publish(accepted());
        awaitSms(1);
        assertThat(jdbc.queryForObject(
                        "select attempts from delivery where event_id = ? and channel = 'SMS'", Integer.class, retried))
                .isEqualTo(3);

        var before = deadSms();
        SmsSink.fault(phone, 400, 1);
        var refused = publish(accepted());
        ServiceApi.eventually(
                "the SMS of event " + refused + " dead",
                () -> jdbc.queryForList(
                        "select status from delivery where event_id = ? and channel = 'SMS'", String.class, refused),
                statuses -> statuses.equals(List.of("DEAD")));
        assertThat(SmsSink.inbox(phone)).hasSize(1);

        assertThat(deadSms()).isEqualTo(before + 1);
        var dead = operator.get("/api/v1/operator/deliveries?status=DEAD&size=100");
        assertThat(dead.status()).as(dead.toString()).isEqualTo(200);
        assertThat(dead.body()).doesNotContain(phone);
        var resident = ServiceApi.on(port).as("ivanova").get("/api/v1/operator/deliveries/statistics");
        assertThat(resident.status()).as(resident.toString()).isEqualTo(403);
        // and as a metric to alert on
        ServiceApi.on(port).awaitGet("/actuator/prometheus", r -> r.body()
                .lines()
                .anyMatch(line -> line.startsWith("kabinet_notification_deliveries{")
                        && line.contains("channel=\"SMS\",status=\"DEAD\"")));
    }

    @Test
    @DisplayName("NT-1 a type notification does not handle (metering.ReadingDeleted.v1) is skipped, not dead-lettered")
    void anotherConsumersTypeIsSkipped() {
        contact(false, false, "ru");
        try (var deadLetters = KafkaProbe.listen(TOPIC + ".DLT")) {
            var deleted = UUID.randomUUID();
            KafkaProbe.publish(
                    TOPIC,
                    account,
                    deleted,
                    "metering.ReadingDeleted.v1",
                    GoldenEvent.of("metering.ReadingDeleted.v1")
                            .with("accountNumber", account)
                            .json());
            publish(accepted()); // the same key, so the same partition: handled after the deletion
            awaitMessages(1);

            assertThat(deadLetters.drain())
                    .noneMatch(record -> deleted.toString().equals(KafkaProbe.header(record, "ce_id"))
                            && group.equals(KafkaProbe.header(record, "kafka_dlt-original-consumer-group")));
            assertThat(count("select count(*) from inbox_event where event_id = ?", deleted))
                    .isZero();
        }
    }

    @Test
    @DisplayName("NT-1 operators preview a template with sample data, in Russian and English")
    void operatorsPreviewTemplates() {
        var ru = operator.get("/api/v1/operator/templates/reading-refused/preview");
        assertThat(ru.status()).as(ru.toString()).isEqualTo(200);
        assertThat(ru.json().get("subject").asString()).isEqualTo("Показания не приняты");
        assertThat(ru.json().get("emailHtml").asString()).contains("ответы на него не читаются");
        var en = operator.get("/api/v1/operator/templates/reading-refused/preview?language=en");
        assertThat(en.json().get("subject").asString()).isEqualTo("Meter readings refused");
        var none = operator.get("/api/v1/operator/templates/no-such/preview");
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.json().get("type").asString()).isEqualTo("https://kabinet.dev/problems/template-not-found");
        var templates = operator.get("/api/v1/operator/templates");
        assertThat(templates.body()).contains("reading-accepted", "reading-received", "reading-refused");
        assertThat(ServiceApi.on(port)
                        .as("ivanova")
                        .get("/api/v1/operator/templates")
                        .status())
                .isEqualTo(403);
    }

    long deadSms() {
        var statistics = operator.get("/api/v1/operator/deliveries/statistics");
        assertThat(statistics.status()).as(statistics.toString()).isEqualTo(200);
        for (JsonNode row : statistics.json()) {
            if (row.get("channel").asString().equals("SMS")
                    && row.get("status").asString().equals("DEAD")) {
                return row.get("count").asLong();
            }
        }
        return 0;
    }

    MimeMessage awaitEmail(UUID eventId) {
        return ServiceApi.eventually(
                        "an e-mail for event " + eventId + " in " + mailbox,
                        () -> TestMailbox.emailsWithMessageId(mailbox, eventId),
                        found -> !found.isEmpty())
                .getFirst();
    }

    JsonNode awaitSms(int count) {
        return ServiceApi.eventually("SMS to the phone", () -> SmsSink.inbox(phone), inbox -> inbox.size() >= count);
    }

    JsonNode awaitMessages(int count) {
        return operator.awaitGet(
                        "/api/v1/accounts/" + account + "/messages",
                        r -> r.status() == 200 && r.json().size() >= count)
                .json();
    }

    long count(String sql, Object... args) {
        Long count = jdbc.queryForObject(sql, Long.class, args);
        return count == null ? 0 : count;
    }
}
