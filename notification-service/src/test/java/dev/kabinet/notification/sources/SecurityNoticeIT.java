package dev.kabinet.notification.sources;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.notification.deliveries.Mails;
import dev.kabinet.notification.deliveries.SmsSink;
import dev.kabinet.notification.deliveries.TestMailbox;
import dev.kabinet.platform.test.GoldenEvent;
import dev.kabinet.platform.test.KafkaProbe;
import dev.kabinet.platform.test.ServiceApi;
import jakarta.mail.internet.MimeMessage;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Security notices (NT-1, NT-2) on the real Kafka, PostgreSQL, GreenMail and SMS sink: {@code
 * identity.ProfileChanged.v1} sends "your password/e-mail/username/phone was changed; if it wasn't you…" to the address
 * given (for an e-mail change the old one), in the login's language, by SMS when there is no address — at once,
 * though this context's quiet hours cover the day; a redelivery sends nothing.
 */
@SourcesTest
@DisplayName("NT-1 NT-2 a changed password, e-mail, username or phone is told at once, whatever the hour (#11)")
class SecurityNoticeIT {

    static final String TOPIC = "identity.profiles";
    static final String TYPE = "identity.ProfileChanged.v1";

    static {
        Sources.prepare();
    }

    @Autowired
    JdbcTemplate jdbc;

    String userId;
    String mailbox;
    String phone;

    @BeforeEach
    void aLoginOfItsOwn() {
        userId = UUID.randomUUID().toString();
        mailbox = Sources.aMailbox("security");
        phone = Sources.aPhone();
    }

    UUID publish(UUID eventId, GoldenEvent event) {
        KafkaProbe.publish(
                TOPIC, userId, eventId, TYPE, event.with("userId", userId).json());
        return eventId;
    }

    @Test
    @DisplayName("NT-1 a password change: the notice to the login's address, with what to do if it wasn't them; once")
    void passwordChanged() throws Exception {
        var event = GoldenEvent.of(TYPE)
                .with("change", "PASSWORD")
                .with("changedAt", "2026-11-29T18:42:07Z")
                .with("email", mailbox)
                .with("phone", phone);
        var eventId = publish(UUID.randomUUID(), event);

        var email = awaitEmail(eventId);
        assertThat(email.getSubject()).isEqualTo("Изменён пароль для входа в личный кабинет");
        var mail = Mails.of(email);
        assertThat(mail.text()).contains("29.11.2026 21:42", "изменён пароль", "Если это были не вы", "не читаются");
        assertThat(mail.html()).contains("<strong>пароль</strong>");

        publish(eventId, event);
        var next = publish(
                UUID.randomUUID(),
                GoldenEvent.of(TYPE)
                        .with("change", "PASSWORD")
                        .with("changedAt", "2026-11-29T18:42:07Z")
                        .with("change", "USERNAME")
                        .with("email", mailbox));
        assertThat(awaitEmail(next).getSubject()).isEqualTo("Изменён логин для входа в личный кабинет");
        assertThat(TestMailbox.emailsWithMessageId(mailbox, eventId)).hasSize(1);
        // e-mail only when there is an address: no SMS besides
        assertThat(jdbc.queryForList("select channel from delivery where event_id = ?", String.class, eventId))
                .containsExactly("EMAIL");
        assertThat(SmsSink.inbox(phone)).isEmpty();
    }

    @Test
    @DisplayName("NT-1 an e-mail change in English, to the old address")
    void emailChangedInEnglish() throws Exception {
        var eventId = publish(
                UUID.randomUUID(),
                GoldenEvent.of(TYPE)
                        .with("change", "PASSWORD")
                        .with("changedAt", "2026-11-29T18:42:07Z")
                        .with("change", "EMAIL")
                        .with("email", mailbox)
                        .with("language", "en"));

        var email = awaitEmail(eventId);
        assertThat(email.getSubject()).isEqualTo("Your e-mail address for the personal account was changed");
        assertThat(Mails.of(email).text()).contains("If it was not you", "29 Nov 2026, 21:42");
    }

    @Test
    @DisplayName("NT-2 no address: an SMS, at once though the quiet hours cover the day")
    void bySmsWithoutAnAddress() {
        var eventId = publish(
                UUID.randomUUID(),
                GoldenEvent.of(TYPE)
                        .with("change", "PASSWORD")
                        .with("changedAt", "2026-11-29T18:42:07Z")
                        .with("change", "PHONE")
                        .with("email", null)
                        .with("phone", phone));

        var sms = ServiceApi.eventually("the SMS", () -> SmsSink.inbox(phone), inbox -> inbox.size() == 1);
        assertThat(sms.get(0).get("text").asString())
                .startsWith("Личный кабинет: 29.11.2026 21:42 изменён номер телефона.");
        assertThat(sms.get(0).get("idempotencyKey").asString()).isEqualTo(eventId + ":SMS");
    }

    MimeMessage awaitEmail(UUID eventId) {
        return ServiceApi.eventually(
                        "an e-mail for event " + eventId + " in " + mailbox,
                        () -> TestMailbox.emailsWithMessageId(mailbox, eventId),
                        found -> !found.isEmpty())
                .getFirst();
    }
}
