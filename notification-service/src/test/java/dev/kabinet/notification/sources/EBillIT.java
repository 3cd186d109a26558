package dev.kabinet.notification.sources;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.notification.bills.DebtReminders;
import dev.kabinet.notification.deliveries.BillingStub;
import dev.kabinet.notification.deliveries.Mails;
import dev.kabinet.notification.deliveries.SmsSink;
import dev.kabinet.notification.deliveries.TestMailbox;
import dev.kabinet.platform.test.GoldenEvent;
import dev.kabinet.platform.test.KafkaProbe;
import dev.kabinet.platform.test.ServiceApi;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The monthly bill by e-mail (NT-4) and the debt reminders it feeds (NT-3), on the real Kafka, PostgreSQL, Keycloak,
 * GreenMail and SMS sink: {@code billing.ReceiptIssued.v1} for an owner who chose the bill by e-mail sends the bill
 * with billing's PDF attached (fetched with notification-service's own Keycloak token when it leaves, never stored),
 * once per account and period; a paper bill sends none; billing unavailable for a while delays it without losing it;
 * a debt left after the due date is reminded once, the SMS waiting for the end of the quiet hours.
 */
@SourcesTest
@DisplayName("NT-4 NT-3 the bill by e-mail with its PDF, once; debt reminders after the due date (#11)")
class EBillIT {

    static final String TOPIC = "billing.period-closes";
    static final String TYPE = "billing.ReceiptIssued.v1";

    static {
        Sources.prepare();
    }

    static BillingStub billing;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DebtReminders reminders;

    String account;
    String mailbox;
    String phone;

    @BeforeAll
    static void billingsEndpoint() {
        billing = BillingStub.on(Sources.BILLING_PORT);
    }

    @AfterAll
    static void stopBilling() {
        billing.close();
    }

    @BeforeEach
    void anAccountOfItsOwn() {
        account = Sources.anAccount();
        mailbox = Sources.aMailbox("ebill");
        phone = Sources.aPhone();
    }

    String receiptIssued(String period, LocalDate dueDate) {
        return GoldenEvent.of(TYPE)
                .with("accountNumber", account)
                .with("period", period)
                .with("dueDate", dueDate.toString())
                .json();
    }

    UUID publish(UUID eventId, String payload) {
        KafkaProbe.publish(TOPIC, account, eventId, TYPE, payload);
        return eventId;
    }

    @Test
    @DisplayName("NT-4 the bill by e-mail: subject, total and due date of the event, billing's PDF attached; once")
    void theBillByEmailOnce() throws Exception {
        Sources.contact(jdbc, account, mailbox, phone, false, false, "EMAIL", "ru");

        var eventId = publish(UUID.randomUUID(), receiptIssued("2026-10", LocalDate.of(2026, 11, 10)));

        var email = awaitEmail(eventId);
        assertThat(email.getSubject()).isEqualTo("Квитанция за октябрь 2026 по лицевому счёту " + account);
        assertThat(email.getFrom()[0].toString()).contains("no-reply@kabinet.local");
        var mail = Mails.of(email);
        assertThat(mail.text()).contains("1\u00a0878,61\u00a0₽", "10.11.2026", "ответы на него не читаются");
        assertThat(mail.html()).contains("1\u00a0878,61\u00a0₽", "10.11.2026");
        assertThat(mail.attachments()).singleElement().satisfies(pdf -> {
            assertThat(pdf.fileName()).isEqualTo("receipt-" + account + "-2026-10.pdf");
            assertThat(pdf.contentType()).startsWith("application/pdf");
            assertThat(pdf.content()).isEqualTo(BillingStub.pdf(account + "/2026-10"));
        });
        var messages = ServiceApi.on(port)
                .as("operator")
                .awaitGet(
                        "/api/v1/accounts/" + account + "/messages",
                        r -> r.json().size() == 1);
        assertThat(messages.json().get(0).get("body").asString()).contains("октябрь 2026");
        // the delivery names the PDF, it does not hold it
        assertThat(jdbc.queryForList(
                        "select attachment from delivery where event_id = ? and channel = 'EMAIL'",
                        String.class,
                        eventId))
                .containsExactly("receipt:" + account + "/2026-10");

        // redelivered, and issued again under another event id: nothing more
        publish(eventId, receiptIssued("2026-10", LocalDate.of(2026, 11, 10)));
        var again = publish(UUID.randomUUID(), receiptIssued("2026-10", LocalDate.of(2026, 11, 10)));
        var next = publish(UUID.randomUUID(), receiptIssued("2026-11", LocalDate.of(2026, 12, 10)));
        assertThat(awaitEmail(next).getSubject()).isEqualTo("Квитанция за ноябрь 2026 по лицевому счёту " + account);
        assertThat(TestMailbox.emailsWithMessageId(mailbox, eventId)).hasSize(1);
        assertThat(TestMailbox.emailsWithMessageId(mailbox, again)).isEmpty();
        assertThat(count("select count(*) from delivery where event_id = ?", eventId))
                .isEqualTo(2);
        assertThat(count("select count(*) from delivery where event_id = ?", again))
                .isZero();
        assertThat(billing.served()).containsOnlyOnce(account + "/2026-10");
    }

    @Test
    @DisplayName("NT-4 in English for an owner whose language is English")
    void inEnglish() throws Exception {
        Sources.contact(jdbc, account, mailbox, phone, false, false, "EMAIL", "en");

        var eventId = publish(UUID.randomUUID(), receiptIssued("2026-10", LocalDate.of(2026, 11, 10)));

        var email = awaitEmail(eventId);
        assertThat(email.getSubject()).isEqualTo("Your bill for October 2026, account " + account);
        assertThat(Mails.of(email).text()).contains("RUB 1,878.61", "10 Nov 2026", "replies to it are not read");
    }

    @Test
    @DisplayName("NT-4 a paper bill sends no e-mail; the debt is remembered all the same")
    void aPaperBillSendsNothing() {
        Sources.contact(jdbc, account, mailbox, phone, true, true, "PAPER", "ru");

        var eventId = publish(UUID.randomUUID(), receiptIssued("2026-10", LocalDate.of(2026, 11, 10)));

        ServiceApi.eventually(
                "the debt of " + account + " remembered",
                () -> count("select count(*) from account_debt where account_number = ?", account),
                n -> n == 1);
        assertThat(jdbc.queryForObject(
                        "select debt_kopecks from account_debt where account_number = ?", Long.class, account))
                .isEqualTo(168_600 + 19_261);
        assertThat(count("select count(*) from delivery where event_id = ?", eventId))
                .isZero();
    }

    @Test
    @DisplayName("NT-4 billing unavailable for a while: the e-bill waits and leaves once billing answers")
    void billingUnavailableForAWhile() {
        Sources.contact(jdbc, account, mailbox, phone, false, false, "EMAIL", "ru");
        billing.unavailableFor(account, 2);

        var eventId = publish(UUID.randomUUID(), receiptIssued("2026-10", LocalDate.of(2026, 11, 10)));

        assertThat(Mails.of(awaitEmail(eventId)).attachments()).hasSize(1);
        assertThat(jdbc.queryForObject(
                        "select attempts from delivery where event_id = ? and channel = 'EMAIL'",
                        Integer.class,
                        eventId))
                .isEqualTo(3);
        assertThat(TestMailbox.emailsWithMessageId(mailbox, eventId)).hasSize(1);
    }

    @Test
    @DisplayName("NT-3 a debt past the due date is reminded once by e-mail and SMS; the SMS waits out the night;"
            + " a paid debt is not reminded")
    void debtReminders() throws Exception {
        Sources.contact(jdbc, account, mailbox, phone, true, true, "PAPER", "ru");
        var paidAccount = Sources.anAccount();
        Sources.contact(jdbc, paidAccount, Sources.aMailbox("paid"), Sources.aPhone(), true, true, "PAPER", "ru");
        publish(UUID.randomUUID(), receiptIssued("2026-10", LocalDate.of(2026, 11, 10)));
        KafkaProbe.publish(
                TOPIC,
                paidAccount,
                UUID.randomUUID(),
                TYPE,
                GoldenEvent.of(TYPE)
                        .with("accountNumber", paidAccount)
                        .with("dueDate", "2026-11-10")
                        .json());
        ServiceApi.eventually(
                "both debts known",
                () -> count("select count(*) from account_debt where account_number in (?, ?)", account, paidAccount),
                n -> n == 2);
        KafkaProbe.publish(
                "payment.payments",
                paidAccount,
                UUID.randomUUID(),
                "payment.FiscalReceiptIssued.v1",
                GoldenEvent.of("payment.FiscalReceiptIssued.v1")
                        .with("paymentId", UUID.randomUUID().toString())
                        .with("accountNumber", paidAccount)
                        .with("amountKopecks", 187_861)
                        .with("email", Sources.aMailbox("payer"))
                        .json());
        ServiceApi.eventually(
                "one debt paid",
                () -> jdbc.queryForList(
                        "select debt_kopecks from account_debt where account_number in (?, ?) order by debt_kopecks",
                        Long.class,
                        account,
                        paidAccount),
                debts -> debts.equals(List.of(0L, 187_861L)));

        reminders.remindDue();
        reminders.remindDue();

        var reminderId = jdbc.queryForObject(
                "select distinct event_id from delivery where account_number = ? and template = 'debt-reminder/1'",
                UUID.class,
                account);
        var email = awaitEmail(reminderId);
        assertThat(email.getSubject()).isEqualTo("Напоминание: задолженность по лицевому счёту " + account);
        assertThat(Mails.of(email).text()).contains("1\u00a0878,61\u00a0₽", "октябрь 2026", "10.11.2026");
        assertThat(TestMailbox.emailsWithMessageId(mailbox, reminderId)).hasSize(1);
        assertThat(jdbc.queryForList(
                        "select channel from delivery where event_id = ? order by channel", String.class, reminderId))
                .containsExactly("CABINET", "EMAIL", "SMS");
        // the quiet hours of this context cover the day: the SMS is due at their end, not sent
        assertThat(jdbc.queryForObject(
                        "select status from delivery where event_id = ? and channel = 'SMS'", String.class, reminderId))
                .isEqualTo("PENDING");
        assertThat(SmsSink.inbox(phone)).isEmpty();
        assertThat(count(
                        "select count(*) from delivery where account_number = ? and template = 'debt-reminder/1'",
                        paidAccount))
                .isZero();
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
