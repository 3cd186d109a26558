package dev.kabinet.notification.deliveries.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kabinet.notification.deliveries.TestMailbox;
import dev.kabinet.platform.test.GoldenEvent;
import dev.kabinet.platform.test.KabinetIntegrationTest;
import dev.kabinet.platform.test.KafkaProbe;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Notification's listener of {@code metering.ReadingSubmitted.v1} on the real Kafka, PostgreSQL and SMTP server:
 * hostile payloads go to {@code metering.readings.DLT} at once with the reason and post, store and send nothing; a
 * redelivered event with other data sends nothing the second time (the inbox, not a unique constraint). Fresh ids
 * every run, so the database and the mailbox may hold earlier runs' data.
 */
@KabinetIntegrationTest
@TestPropertySource(properties = "kabinet.notification.mail.poll-interval=200ms")
@DisplayName("NT-1 notification validates each reading event against its contract before telling anyone (#5)")
class ReadingSubmittedListenerIT {

    static final String TOPIC = "metering.readings";
    static final String DLT = TOPIC + ".DLT";
    static final String TYPE = ReadingSubmittedV1.TYPE;
    /** ivanova's second account: ReadingNotificationsIT points 1000000011's contact at its own mailbox. */
    static final String ACCOUNT = "1000000012";
    /**
     * A mailbox of this run's own: the dev stack's notification-service (its own consumer group) handles the same
     * events and mails ivanova@kabinet.local from its own database, with the same Message-ID.
     */
    static final String MAILBOX = "ivanova-" + UUID.randomUUID().toString().substring(0, 8) + "@kabinet.local";

    static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    JdbcTemplate jdbc;

    @Value("${spring.kafka.consumer.group-id}")
    String group;

    @BeforeEach
    void contact() {
        // the demo seed is off in tests: the contact these tests rely on, as the demo has it
        jdbc.update(
                "insert into contact (account_number, email, email_informing) values (?, ?, true)"
                        + " on conflict (account_number) do update set email = excluded.email, email_informing = true",
                ACCOUNT,
                MAILBOX);
    }

    /** A single-rate reading of ACCOUNT under a serial number unique to this run, so its message is found. */
    static GoldenEvent aReading(String serialNumber) {
        return GoldenEvent.of(TYPE)
                .with("readingId", UUID.randomUUID().toString())
                .with("accountNumber", ACCOUNT)
                .with("meterId", 101)
                .with("serialNumber", serialNumber)
                .with("values", Map.of("T1", "12346.3"))
                .with("previousValues", Map.of("T1", "12345.6"));
    }

    static String aSerialNumber() {
        return "ЭМ-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void hostilePayloadsGoToTheDeadLetterTopicAtOnceAndNothingIsPostedOrSent() {
        var hostile = List.of(
                aReading(aSerialNumber()).with("values.T1", "1E+200000"),
                aReading(aSerialNumber()).withRaw("values.T1", "1E+200000"),
                aReading(aSerialNumber()).with("values.T1", "NaN"),
                aReading(aSerialNumber()).withRaw("values.T1", "NaN"),
                aReading(aSerialNumber()).with("values.T1", "-12346.3"),
                aReading(aSerialNumber()).with("values.T1", 12346.3),
                aReading(aSerialNumber()).with("values.T2", "1" + "0".repeat(200_000)),
                aReading(aSerialNumber()).without("values"),
                aReading(aSerialNumber()).without("accountNumber"),
                aReading(aSerialNumber()).with("submittedAt", 1732267530),
                aReading("Э".repeat(200_000)),
                aReading(aSerialNumber() + "\u0007"));
        try (var deadLetters = KafkaProbe.listen(DLT)) {
            for (var payload : hostile) {
                var eventId = UUID.randomUUID();
                KafkaProbe.publish(TOPIC, ACCOUNT, eventId, payload);

                var dead = deadLetters.awaitDeadLetter(eventId, group, PATIENCE);

                assertThat(KafkaProbe.header(dead, "kabinet_dlt_reason"))
                        .matches("(contract-violation|not-json): .+")
                        .hasSizeLessThan(1_000)
                        .doesNotContain("200000", "NaN", "12346", "ЭМ");
                assertThat(KafkaProbe.header(dead, "kabinet_dlt_attempts"))
                        .as("no retries")
                        .isEqualTo("1");
                assertNothingRecorded(eventId);
            }
        }
    }

    @Test
    void anUnknownVersionGoesToTheDeadLetterTopicAtOnce() {
        try (var deadLetters = KafkaProbe.listen(DLT)) {
            var eventId = UUID.randomUUID();
            KafkaProbe.publish(
                    TOPIC,
                    ACCOUNT,
                    eventId,
                    "metering.ReadingSubmitted.v9",
                    aReading(aSerialNumber()).json());

            var dead = deadLetters.awaitDeadLetter(eventId, group, PATIENCE);

            assertThat(KafkaProbe.header(dead, "kabinet_dlt_reason")).startsWith("unknown-type: ");
            assertThat(KafkaProbe.header(dead, "kabinet_dlt_attempts")).isEqualTo("1");
            assertNothingRecorded(eventId);
        }
    }

    @Test
    void aPoisonRecordDoesNotHoldUpTheNextEventOfItsPartition() {
        try (var deadLetters = KafkaProbe.listen(DLT)) {
            var poisonId = UUID.randomUUID();
            KafkaProbe.publish(TOPIC, ACCOUNT, poisonId, TYPE, "{\"readingId\": not json");
            var nextId = UUID.randomUUID();
            KafkaProbe.publish(TOPIC, ACCOUNT, nextId, aReading(aSerialNumber()));

            var dead = deadLetters.awaitDeadLetter(poisonId, group, PATIENCE);
            assertThat(dead.value()).isEqualTo("{\"readingId\": not json");
            assertThat(KafkaProbe.header(dead, "kabinet_dlt_reason")).startsWith("not-json: ");
            awaitMessageOf(nextId);
        }
    }

    @Test
    void aRedeliveredEventWithOtherDataPostsAndSendsNothingTheSecondTime() {
        var eventId = UUID.randomUUID();
        var firstSerial = aSerialNumber();
        var otherSerial = aSerialNumber();
        var markerId = UUID.randomUUID();
        try (var deadLetters = KafkaProbe.listen(DLT)) {
            KafkaProbe.publish(TOPIC, ACCOUNT, eventId, aReading(firstSerial));
            // same event id, other reading: the inbox must skip it quietly. Without the inbox the unique event_id of
            // message and delivery would refuse it too, but only by failing, being retried and dead-lettered.
            KafkaProbe.publish(TOPIC, ACCOUNT, eventId, aReading(otherSerial).with("values.T1", "12399.9"));
            // same key, so same partition: once this one is handled and mailed, so were the two before it
            KafkaProbe.publish(TOPIC, ACCOUNT, markerId, aReading(aSerialNumber()));

            awaitMessageOf(markerId);
            assertThat(deadLetters.drain())
                    .as("the redelivery was skipped by the inbox, not refused by a constraint")
                    .noneMatch(record -> eventId.toString().equals(KafkaProbe.header(record, "ce_id"))
                            && group.equals(KafkaProbe.header(record, "kafka_dlt-original-consumer-group")));
        }
        await().atMost(PATIENCE).until(() -> !emailsWithMessageId(markerId).isEmpty());
        assertThat(jdbc.queryForList("select body from message where event_id = ?", String.class, eventId))
                .singleElement()
                .asString()
                .contains(firstSerial)
                .doesNotContain(otherSerial);
        assertThat(count("select count(*) from message where body like ?", "%" + otherSerial + "%"))
                .isZero();
        assertThat(count("select count(*) from delivery where channel = 'EMAIL' and event_id = ?", eventId))
                .isEqualTo(1);
        assertThat(count("select count(*) from inbox_event where event_id = ?", eventId))
                .isEqualTo(1);
        var emails = emailsWithMessageId(eventId);
        assertThat(emails).hasSize(1);
        assertThat(body(emails.getFirst())).contains(firstSerial).doesNotContain(otherSerial);
    }

    void awaitMessageOf(UUID eventId) {
        await().atMost(PATIENCE).until(() -> count("select count(*) from message where event_id = ?", eventId) == 1);
    }

    void assertNothingRecorded(UUID eventId) {
        assertThat(count("select count(*) from inbox_event where event_id = ?", eventId))
                .isZero();
        assertThat(count("select count(*) from message where event_id = ?", eventId))
                .isZero();
        assertThat(count("select count(*) from delivery where channel = 'EMAIL' and event_id = ?", eventId))
                .isZero();
    }

    long count(String sql, Object... args) {
        Long count = jdbc.queryForObject(sql, Long.class, args);
        return count == null ? 0 : count;
    }

    /** The text of every text part of {@code part}. */
    static String body(Part part) {
        try {
            if (part.isMimeType("text/*")) {
                return String.valueOf(part.getContent());
            }
            var text = new StringBuilder();
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    text.append(body(multipart.getBodyPart(i)));
                }
            }
            return text.toString();
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException("Could not read the e-mail", e);
        }
    }

    /** The e-mails in this test's mailbox with the {@code Message-ID} of {@code eventId}. */
    static List<MimeMessage> emailsWithMessageId(UUID eventId) {
        return TestMailbox.emailsWithMessageId(MAILBOX, eventId);
    }
}
