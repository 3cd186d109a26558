package dev.kabinet.notification.deliveries;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.platform.test.GoldenEvent;
import dev.kabinet.platform.test.KabinetIntegrationTest;
import dev.kabinet.platform.test.KafkaProbe;
import dev.kabinet.platform.test.ServiceApi;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The walking skeleton's notification step on the real servers: a {@code metering.ReadingSubmitted.v1} event on
 * Kafka becomes a message in the cabinet and an e-mail in the resident's mailbox on the SMTP server (read back over
 * IMAP). Fresh ids every run, so the test database and the mailbox may hold earlier runs' data.
 */
@KabinetIntegrationTest
@TestPropertySource(properties = "kabinet.notification.mail.poll-interval=200ms")
@DisplayName("NT-1 the resident is told a reading was received, in the cabinet and by e-mail")
class ReadingNotificationsIT {

    static final String TOPIC = "metering.readings";
    static final String TYPE = "metering.ReadingSubmitted.v1";
    static final String ACCOUNT = "1000000011";
    /**
     * A mailbox of this run's own: the dev stack's notification-service (its own consumer group) handles the same
     * events and mails ivanova@kabinet.local from its own database, with the same Message-ID.
     */
    static final String MAILBOX = "ivanova-" + UUID.randomUUID().toString().substring(0, 8) + "@kabinet.local";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ServiceApi api;

    @BeforeEach
    void setUp() {
        api = ServiceApi.on(port);
        // the demo seed is off in tests: the contact this test relies on, as the demo has it
        jdbc.update(
                "insert into contact (account_number, email, email_informing) values (?, ?, true)"
                        + " on conflict (account_number) do update set email = excluded.email, email_informing = true",
                ACCOUNT,
                MAILBOX);
    }

    /** Meter 101 of account 1000000011, under a serial number unique to this run so its message is found. */
    static String reading(String serialNumber) {
        return GoldenEvent.of(TYPE)
                .with("readingId", UUID.randomUUID().toString())
                .with("accountNumber", ACCOUNT)
                .with("meterId", 101)
                .with("serialNumber", serialNumber)
                .with("values", Map.of("T1", "12346.3"))
                .with("previousValues", Map.of("T1", "12345.6"))
                .with("submittedAt", "2026-11-22T09:15:30Z")
                .json();
    }

    static String aSerialNumber() {
        return "ЭМ-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aReadingIsAnnouncedInTheCabinetAndByEmail() throws Exception {
        var eventId = UUID.randomUUID();
        var serial = aSerialNumber();

        KafkaProbe.publish(TOPIC, ACCOUNT, eventId, TYPE, reading(serial));

        var message = awaitMessage(serial);
        assertThat(message.get("subject").asString()).isEqualTo("Показания приняты в обработку");
        assertThat(message.get("body").asString())
                .contains("Показания счётчика " + serial + ", переданные 22.11.2026")
                .contains("T1: 12346,3");

        var email = awaitEmail(eventId);
        assertThat(email.getSubject()).isEqualTo("Показания приняты в обработку");
        var from = (InternetAddress) email.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("no-reply@kabinet.local");
        assertThat(from.getPersonal()).isEqualTo("Личный кабинет");
        assertThat(email.getMessageID()).isEqualTo("<" + eventId + "@kabinet.local>");
        assertThat(count(
                        "select count(*) from delivery where channel = 'EMAIL' and event_id = ? and status = 'SENT'",
                        eventId))
                .isEqualTo(1);
    }

    @Test
    void aResidentIsRefusedOnAnAccountNotLinkedToThem() {
        var response = api.as("petrov").get("/api/v1/accounts/" + ACCOUNT + "/messages");

        assertThat(response.status()).as(response.toString()).isEqualTo(403);
        assertThat(response.json().get("type").asString())
                .isEqualTo("https://kabinet.dev/problems/account-access-denied");
    }

    @Test
    void aCallWithoutATokenIsUnauthorized() {
        var response = api.get("/api/v1/accounts/" + ACCOUNT + "/messages");

        assertThat(response.status()).as(response.toString()).isEqualTo(401);
        assertThat(response.json().get("type").asString()).isEqualTo("https://kabinet.dev/problems/unauthorized");
    }

    /** The cabinet's message about the meter of this serial number, once the event has been consumed. */
    JsonNode awaitMessage(String serialNumber) {
        var response = api.as("ivanova")
                .awaitGet("/api/v1/accounts/" + ACCOUNT + "/messages?size=50", r -> messageAbout(r, serialNumber)
                        .isPresent());
        return messageAbout(response, serialNumber).orElseThrow();
    }

    /** The message of the resident's list (which must be answered) about the meter of this serial number, if any. */
    static Optional<JsonNode> messageAbout(ServiceApi.Response messages, String serialNumber) {
        assertThat(messages.status()).as(messages.toString()).isEqualTo(200);
        for (JsonNode message : messages.json()) {
            if (message.get("body").asString().contains(serialNumber)) {
                return Optional.of(message);
            }
        }
        return Optional.empty();
    }

    MimeMessage awaitEmail(UUID eventId) {
        return ServiceApi.eventually(
                        "an e-mail for event " + eventId + " in " + MAILBOX,
                        () -> emailsWithMessageId(eventId),
                        found -> !found.isEmpty())
                .getFirst();
    }

    /** The e-mails in this test's mailbox with the {@code Message-ID} of {@code eventId}. */
    static List<MimeMessage> emailsWithMessageId(UUID eventId) {
        return TestMailbox.emailsWithMessageId(MAILBOX, eventId);
    }

    long count(String sql, Object... args) {
        Long count = jdbc.queryForObject(sql, Long.class, args);
        return count == null ? 0 : count;
    }
}
