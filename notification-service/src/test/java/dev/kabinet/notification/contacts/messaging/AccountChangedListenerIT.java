package dev.kabinet.notification.contacts.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.notification.contacts.BillDelivery;
import dev.kabinet.notification.contacts.Contact;
import dev.kabinet.notification.contacts.Contacts;
import dev.kabinet.platform.test.GoldenEvent;
import dev.kabinet.platform.test.KabinetIntegrationTest;
import dev.kabinet.platform.test.KafkaProbe;
import dev.kabinet.platform.test.ServiceApi;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Notification's projection of {@code account.accounts} on the real Kafka and PostgreSQL: a change sets the account's
 * phone, e-mail and preferences, an older or repeated one changes nothing, a poison record goes to
 * {@code account.accounts.DLT} with its reason while the account's next change still applies, and the "reading
 * received" e-mail goes to the projected address only while e-mail informing is on. Every test uses an account number
 * and an address of its own (never the demo's: the dev stack reads the same topic, which keeps every key's last record).
 */
@KabinetIntegrationTest
@DisplayName(
        "BO-1 notification keeps each account's contact and preferences from account.AccountChanged.v1 (AC-3, NT-1, #7)")
class AccountChangedListenerIT {

    static final String TOPIC = AccountChangedListener.TOPIC;
    static final String DLT = TOPIC + ".DLT";
    static final String TYPE = AccountChangedV1.TYPE;
    static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Contacts contacts;

    @Value("${spring.kafka.consumer.group-id}")
    String group;

    String account;
    String email;

    @BeforeEach
    void anAccountOfItsOwn() {
        account = "79" + String.format("%011d", ThreadLocalRandom.current().nextLong(100_000_000_000L));
        email = "resident-" + UUID.randomUUID().toString().substring(0, 8) + "@kabinet.local";
    }

    GoldenEvent anAccount(long sequence) {
        return GoldenEvent.of(TYPE)
                .with("accountNumber", account)
                .with("sequence", sequence)
                .with("contact", Map.of("phone", "+79161234567", "email", email));
    }

    UUID publish(GoldenEvent event) {
        var id = UUID.randomUUID();
        KafkaProbe.publish(TOPIC, account, id, event);
        return id;
    }

    /** Waits until the listener took event {@code eventId} (applied or ignored: the inbox records both). */
    void awaitHandled(UUID eventId) {
        ServiceApi.eventually(
                "event " + eventId + " handled",
                () -> count(
                        "select count(*) from inbox_event where event_id = ? and consumer = ?",
                        eventId,
                        AccountChangedListener.CONSUMER),
                n -> n == 1);
    }

    Contact contact() {
        return contacts.of(account).orElseThrow(() -> new AssertionError("no contact of the account"));
    }

    long count(String sql, Object... args) {
        Long count = jdbc.queryForObject(sql, Long.class, args);
        return count == null ? 0 : count;
    }

    /** A reading of the account as metering publishes it; returns the event id. */
    UUID aReadingIsSubmitted() {
        var eventId = UUID.randomUUID();
        KafkaProbe.publish(
                "metering.readings",
                account,
                eventId,
                GoldenEvent.of("metering.ReadingSubmitted.v1")
                        .with("readingId", UUID.randomUUID().toString())
                        .with("accountNumber", account)
                        .with("values", Map.of("T1", "12346.3"))
                        .with("previousValues", Map.of("T1", "12345.6")));
        ServiceApi.eventually(
                "message of event " + eventId,
                () -> count("select count(*) from message where event_id = ?", eventId),
                n -> n == 1);
        return eventId;
    }

    @Test
    @DisplayName("BO-1 AC-3 a change sets the account's phone, e-mail and preferences")
    void aChangeSetsTheContactAndPreferences() {
        awaitHandled(publish(anAccount(3)));

        var contact = contact();
        assertThat(contact.sequence()).isEqualTo(3);
        assertThat(contact.phone()).isEqualTo("+79161234567");
        assertThat(contact.email()).isEqualTo(email);
        assertThat(contact.smsInforming()).isFalse();
        assertThat(contact.emailInforming()).isTrue();
        assertThat(contact.billDelivery()).isEqualTo(BillDelivery.EMAIL);
        assertThat(contact.language())
                .as("Russian unless the account says otherwise (#11)")
                .isEqualTo("ru");
        assertThat(contacts.serialNumberOf(account, 101))
                .as("a meter named in notices (#11)")
                .contains("ЭМ-101-2019");

        awaitHandled(publish(anAccount(4)
                .with("contact", Map.of())
                .with("preferences", Map.of("smsInforming", true, "emailInforming", false, "billDelivery", "PAPER"))));

        contact = contact();
        assertThat(contact.phone()).as("the whole contact is replaced").isNull();
        assertThat(contact.email()).isNull();
        assertThat(contact.smsInforming()).isTrue();
        assertThat(contact.billDelivery()).isEqualTo(BillDelivery.PAPER);
    }

    @Test
    @DisplayName("NT-1 the reading-received e-mail goes to the projected address, and not once e-mail informing is off")
    void theReadingReceivedEmailFollowsTheProjection() {
        awaitHandled(publish(anAccount(3)));
        var mailed = aReadingIsSubmitted();
        assertThat(jdbc.queryForObject(
                        "select recipient from delivery where channel = 'EMAIL' and event_id = ?",
                        String.class,
                        mailed))
                .isEqualTo(email);

        awaitHandled(publish(anAccount(4)
                .with("preferences", Map.of("smsInforming", false, "emailInforming", false, "billDelivery", "PAPER"))));
        var notMailed = aReadingIsSubmitted();

        assertThat(count("select count(*) from delivery where channel = 'EMAIL' and event_id = ?", notMailed))
                .as("opted out: the cabinet message only")
                .isZero();
    }

    @Test
    @DisplayName("BO-1 a change with a sequence not above the applied one changes nothing")
    void anOlderChangeIsIgnored() {
        awaitHandled(publish(anAccount(3)));

        awaitHandled(publish(anAccount(2).with("contact", Map.of("email", "old@kabinet.local"))));
        awaitHandled(publish(anAccount(3).with("contact", Map.of("email", "same@kabinet.local"))));

        assertThat(contact().sequence()).isEqualTo(3);
        assertThat(contact().email()).isEqualTo(email);
    }

    @Test
    @DisplayName("BO-1 a redelivered event (same id, even with other data) changes nothing")
    void aRedeliveryChangesNothing() {
        var eventId = publish(anAccount(3));
        awaitHandled(eventId);

        KafkaProbe.publish(
                TOPIC, account, eventId, anAccount(9).with("contact", Map.of("email", "again@kabinet.local")));
        // same key, same partition: once the next change is applied, the redelivery before it was handled
        awaitHandled(publish(anAccount(4)));

        assertThat(contact().sequence())
                .as("the redelivery's sequence 9 would have hidden change 4")
                .isEqualTo(4);
        assertThat(contact().email()).isEqualTo(email);
    }

    @Test
    @DisplayName("BO-1 a poison record goes to account.accounts.DLT with its reason; the account's next change applies")
    void aPoisonRecordIsDeadLetteredAndBlocksNothing() {
        try (var deadLetters = KafkaProbe.listen(DLT)) {
            var notJson = UUID.randomUUID();
            KafkaProbe.publish(TOPIC, account, notJson, TYPE, "{\"accountNumber\": not json");
            var badPhone = publish(anAccount(3).with("contact", Map.of("phone", "8 916 123-45-67")));
            var next = publish(anAccount(4));

            assertThat(KafkaProbe.header(deadLetters.awaitDeadLetter(notJson, group, PATIENCE), "kabinet_dlt_reason"))
                    .startsWith("not-json: ");
            var violation = deadLetters.awaitDeadLetter(badPhone, group, PATIENCE);
            assertThat(KafkaProbe.header(violation, "kabinet_dlt_reason"))
                    .startsWith("contract-violation: /contact/phone")
                    .doesNotContain("916");
            awaitHandled(next);
            assertThat(contact().sequence()).isEqualTo(4);
            for (var refused : List.of(notJson, badPhone)) {
                assertThat(count("select count(*) from inbox_event where event_id = ?", refused))
                        .isZero();
            }
        }
    }
}
