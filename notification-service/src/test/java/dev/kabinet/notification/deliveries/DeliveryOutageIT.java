package dev.kabinet.notification.deliveries;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.platform.test.GoldenEvent;
import dev.kabinet.platform.test.KabinetIntegrationTest;
import dev.kabinet.platform.test.KafkaProbe;
import dev.kabinet.platform.test.ServiceApi;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.TestPropertySource;

/**
 * Delivery that never loses and never doubles (NT-1, issue #11), on the real Kafka, PostgreSQL and GreenMail: with the
 * SMTP server unreachable for a while (the mail sender pointed at a closed port; the shared GreenMail keeps running)
 * every e-mail is kept and retried with back-off, a redelivered event records nothing, and once the server is back
 * every e-mail arrives exactly once. Also the per-recipient rate limit: what is over it waits, none is dropped. Every
 * test has accounts and mailboxes of its own (never the demo's).
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
@DisplayName("NT-1 delivery never loses and never doubles (#11)")
class DeliveryOutageIT {

    static final String TOPIC = "metering.readings";
    static final String TYPE = "metering.ReadingSubmitted.v1";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JavaMailSenderImpl mailSender;

    @Autowired
    MeterRegistry meters;

    double emailAttempts(String result) {
        return meters.get("kabinet.notification.sent")
                .tag("channel", "email")
                .tag("result", result)
                .counter()
                .count();
    }

    int smtpPort;

    @BeforeEach
    void rememberTheServer() {
        smtpPort = mailSender.getPort();
    }

    @AfterEach
    void theServerIsBack() {
        mailSender.setPort(smtpPort);
    }

    static String anAccount() {
        return "78" + String.format("%011d", ThreadLocalRandom.current().nextLong(100_000_000_000L));
    }

    static String aMailbox() {
        return "outage-" + UUID.randomUUID().toString().substring(0, 8) + "@kabinet.local";
    }

    /** The account's contact as account.accounts would have set it, straight into this test's database. */
    void contact(String account, String email) {
        jdbc.update(
                "insert into contact (account_number, sequence, email, email_informing) values (?, 1, ?, true)",
                account,
                email);
    }

    static UUID aReadingIsSubmitted(String account) {
        var eventId = UUID.randomUUID();
        KafkaProbe.publish(TOPIC, account, eventId, TYPE, reading(account));
        return eventId;
    }

    static String reading(String account) {
        return GoldenEvent.of(TYPE)
                .with("readingId", UUID.randomUUID().toString())
                .with("accountNumber", account)
                .with("values", Map.of("T1", "12346.3"))
                .with("previousValues", Map.of("T1", "12345.6"))
                .json();
    }

    static int aClosedPort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    @DisplayName(
            "NT-1 with the SMTP server unreachable for a while nothing is lost, and each e-mail goes out once after"
                    + " it returns; kabinet_notification_sent_total counts the failed tries and the sends (#12)")
    void anOutageLosesNothingAndDoublesNothing() throws Exception {
        double retriesBefore = emailAttempts("retry");
        double sentBefore = emailAttempts("sent");
        var mailbox = aMailbox();
        var accounts = List.of(anAccount(), anAccount(), anAccount());
        accounts.forEach(account -> contact(account, mailbox));

        mailSender.setPort(aClosedPort());
        var events = new ArrayList<UUID>();
        for (var account : accounts) {
            events.add(aReadingIsSubmitted(account));
        }
        // every e-mail is recorded, and fails more than once while the server is away
        ServiceApi.eventually(
                "three e-mails tried at least twice, none sent",
                () -> count(
                        "select count(*) from delivery where channel = 'EMAIL' and status = 'PENDING' and attempts >= 2"
                                + " and event_id in (?, ?, ?)",
                        events.toArray()),
                n -> n == 3);
        // a redelivered event (the same id, as Kafka may redeliver) records nothing more
        KafkaProbe.publish(TOPIC, accounts.getFirst(), events.getFirst(), TYPE, reading(accounts.getFirst()));
        awaitInboxed(events.getFirst());
        assertThat(TestMailbox.emailsWithMessageId(mailbox, events.getFirst())).isEmpty();
        var backoff = jdbc.queryForMap(
                "select attempts, next_attempt_at, last_error from delivery where event_id = ? and channel = 'EMAIL'",
                events.getFirst());
        assertThat((String) backoff.get("last_error")).contains("MailSendException");
        // (a leftover delivery of an earlier run may add to these: at least ours)
        assertThat(emailAttempts("retry")).isGreaterThanOrEqualTo(retriesBefore + 6);

        mailSender.setPort(smtpPort);

        ServiceApi.eventually(
                "the three e-mails sent",
                () -> count(
                        "select count(*) from delivery where channel = 'EMAIL' and status = 'SENT'"
                                + " and event_id in (?, ?, ?)",
                        events.toArray()),
                n -> n == 3);
        assertThat(emailAttempts("sent")).isGreaterThanOrEqualTo(sentBefore + 3);
        for (var eventId : events) {
            assertThat(TestMailbox.emailsWithMessageId(mailbox, eventId))
                    .as("e-mails of event %s", eventId)
                    .hasSize(1);
            assertThat(count("select count(*) from delivery where event_id = ?", eventId))
                    .as("one delivery per channel: e-mail and cabinet")
                    .isEqualTo(2);
            assertThat(count("select count(*) from message where event_id = ?", eventId))
                    .isEqualTo(1);
        }
        // and a redelivery after the e-mail left sends nothing either
        KafkaProbe.publish(TOPIC, accounts.get(1), events.get(1), TYPE, reading(accounts.get(1)));
        Thread.sleep(1_000);
        assertThat(TestMailbox.emailsWithMessageId(mailbox, events.get(1))).hasSize(1);
        assertThat(count("select count(*) from delivery where event_id = ?", events.get(1)))
                .isEqualTo(2);
    }

    @Test
    @DisplayName("NT-1 over the per-recipient rate limit an e-mail waits for room in the window, never dropped")
    void theRateLimitHoldsBackWithoutDropping() {
        var mailbox = aMailbox();
        var account = anAccount();
        contact(account, mailbox);

        var events = new ArrayList<UUID>();
        for (int i = 0; i < 5; i++) {
            events.add(aReadingIsSubmitted(account));
        }

        ServiceApi.eventually(
                "three e-mails sent, two held back",
                () -> List.of(
                        count("select count(*) from delivery where recipient = ? and status = 'SENT'", mailbox),
                        count(
                                "select count(*) from delivery where recipient = ? and status = 'PENDING'"
                                        + " and attempts = 0 and next_attempt_at > now() + interval '50 minutes'",
                                mailbox)),
                counts -> counts.equals(List.of(3L, 2L)));
        var firstSent = jdbc.queryForObject(
                "select min(sent_at) from delivery where recipient = ? and status = 'SENT'", Instant.class, mailbox);
        var held = jdbc.queryForList(
                "select next_attempt_at from delivery where recipient = ? and status = 'PENDING'",
                Instant.class,
                mailbox);
        // the batched sender dates the window from the batch's start, a few milliseconds before the first e-mail left
        assertThat(held).allSatisfy(due -> assertThat(due)
                .isCloseTo(
                        firstSent.plus(Duration.ofHours(1)),
                        org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.SECONDS)));
    }

    void awaitInboxed(UUID eventId) {
        ServiceApi.eventually(
                "event " + eventId + " in the inbox",
                () -> count("select count(*) from inbox_event where event_id = ?", eventId),
                n -> n == 1);
    }

    long count(String sql, Object... args) {
        Long count = jdbc.queryForObject(sql, Long.class, args);
        return count == null ? 0 : count;
    }
}
