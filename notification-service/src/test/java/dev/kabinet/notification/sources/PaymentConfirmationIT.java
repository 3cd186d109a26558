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
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The payment confirmation with its fiscal e-receipt (NT-5), on the real Kafka, PostgreSQL, GreenMail and SMS sink:
 * {@code payment.FiscalReceiptIssued.v1} sends the payer an e-mail (text and HTML: sum, date, account, FD, FP, FN,
 * the link) to the address they gave, or an SMS with the link when they gave only a phone — at once, even in the quiet
 * hours — and posts it in the cabinet; a redelivery sends nothing; {@code payment.PaymentConfirmed.v1} of the same
 * payment sends nothing (one message per payment).
 */
@SourcesTest
@DisplayName("NT-5 the payment confirmation with the fiscal e-receipt, one per payment (#11)")
class PaymentConfirmationIT {

    static final String TOPIC = "payment.payments";
    static final String TYPE = "payment.FiscalReceiptIssued.v1";

    static {
        Sources.prepare();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    String account;
    String mailbox;
    String phone;
    UUID paymentId;

    @BeforeEach
    void aPaymentOfItsOwn() {
        account = Sources.anAccount();
        mailbox = Sources.aMailbox("payer");
        phone = Sources.aPhone();
        paymentId = UUID.randomUUID();
    }

    GoldenEvent receipt() {
        return GoldenEvent.of(TYPE)
                .with("paymentId", paymentId.toString())
                .with("accountNumber", account)
                .with("receiptUrl", "https://kabinet.example/receipts/fiscal/" + paymentId);
    }

    @Test
    @DisplayName("NT-5 by e-mail: sum, date, account, FD, FP, FN and the link of the event, in text and HTML; once")
    void byEmailOnce() throws Exception {
        var eventId = UUID.randomUUID();
        var payload = receipt().with("email", mailbox).json();
        KafkaProbe.publish(TOPIC, account, eventId, TYPE, payload);

        var email = awaitEmail(eventId);
        assertThat(email.getSubject())
                .isEqualTo("Оплата 2\u00a0072,00\u00a0₽ по лицевому счёту " + account + " получена");
        var mail = Mails.of(email);
        for (var part : new String[] {mail.text(), mail.html()}) {
            assertThat(part)
                    .contains("2\u00a0072,00\u00a0₽", "29.11.2026 13:05", account, "12345", "3025117496")
                    .contains("7281440500123456", "https://kabinet.example/receipts/fiscal/" + paymentId);
        }
        assertThat(mail.text()).contains("ФД: 12345", "ФП: 3025117496", "ФН: 7281440500123456");
        assertThat(mail.html()).contains("<a href=\"https://kabinet.example/receipts/fiscal/" + paymentId + "\">");
        var message = ServiceApi.on(port)
                .as("operator")
                .awaitGet(
                        "/api/v1/accounts/" + account + "/messages",
                        r -> r.json().size() == 1);
        assertThat(message.json().get(0).get("body").asString()).contains(paymentId.toString());

        // redelivered, and the payment's PaymentConfirmed.v1: nothing more
        KafkaProbe.publish(TOPIC, account, eventId, TYPE, payload);
        var confirmed = UUID.randomUUID();
        KafkaProbe.publish(
                TOPIC,
                account,
                confirmed,
                "payment.PaymentConfirmed.v1",
                GoldenEvent.of("payment.PaymentConfirmed.v1")
                        .with("paymentId", paymentId.toString())
                        .with("accountNumber", account)
                        .json());
        var later = UUID.randomUUID();
        KafkaProbe.publish(
                TOPIC,
                account,
                later,
                TYPE,
                receipt()
                        .with("paymentId", UUID.randomUUID().toString())
                        .with("email", mailbox)
                        .json());
        awaitEmail(later); // the same key, so the same partition: handled after the others
        assertThat(TestMailbox.emailsWithMessageId(mailbox, eventId)).hasSize(1);
        assertThat(count("select count(*) from delivery where event_id = ?", eventId))
                .isEqualTo(2);
        assertThat(count("select count(*) from delivery where event_id = ?", confirmed))
                .isZero();
    }

    @Test
    @DisplayName("NT-5 only a phone given: an SMS with the link, at once even in the quiet hours")
    void bySmsWhenOnlyAPhone() {
        var eventId = UUID.randomUUID();
        KafkaProbe.publish(
                TOPIC,
                account,
                eventId,
                TYPE,
                receipt().with("email", null).with("phone", phone).json());

        var sms = ServiceApi.eventually("the SMS", () -> SmsSink.inbox(phone), inbox -> inbox.size() == 1);
        assertThat(sms.get(0).get("text").asString())
                .isEqualTo("Оплата 2\u00a0072,00\u00a0₽ по счёту " + account + " получена. Чек: "
                        + "https://kabinet.example/receipts/fiscal/" + paymentId);
        assertThat(sms.get(0).get("idempotencyKey").asString()).isEqualTo(eventId + ":SMS");
        assertThat(jdbc.queryForList(
                        "select channel from delivery where event_id = ? order by channel", String.class, eventId))
                .containsExactly("CABINET", "SMS");
    }

    MimeMessage awaitEmail(UUID eventId) {
        return ServiceApi.eventually(
                        "an e-mail for event " + eventId + " in " + mailbox,
                        () -> TestMailbox.emailsWithMessageId(mailbox, eventId),
                        found -> !found.isEmpty())
                .getFirst();
    }

    long count(String sql, Object... args) {
        Long count = jdbc.queryForObject(sql, Long.class, args);
        return count == null ? 0 : count;
    }
}
