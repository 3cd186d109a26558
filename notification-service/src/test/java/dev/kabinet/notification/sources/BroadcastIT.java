package dev.kabinet.notification.sources;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.notification.deliveries.Mails;
import dev.kabinet.notification.deliveries.SmsSink;
import dev.kabinet.platform.test.ServiceApi;
import dev.kabinet.platform.test.TestServers;
import jakarta.mail.Folder;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Operators' broadcasts (NT-3) on the real PostgreSQL, Keycloak, GreenMail and SMS sink: a templated notice to every
 * resident subscribed to informing on the channel — in each one's language, none to those not subscribed — with its
 * progress; an SMS broadcast waits out the quiet hours; role operator only; bad input is a problem.
 */
@SourcesTest
@DisplayName("NT-3 an operator broadcasts a notice to the subscribed residents and follows its progress (#11)")
class BroadcastIT {

    static {
        Sources.prepare();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ServiceApi operator;
    String ru;
    String en;
    String unsubscribed;
    String ruPhone;

    @BeforeEach
    void threeResidentsOnly() {
        operator = ServiceApi.on(port).as("operator");
        // this test database's other residents (earlier tests') unsubscribed: the broadcast reaches these three only
        jdbc.update("update contact set email_informing = false, sms_informing = false");
        ru = Sources.aMailbox("broadcast-ru");
        en = Sources.aMailbox("broadcast-en");
        unsubscribed = Sources.aMailbox("broadcast-no");
        ruPhone = Sources.aPhone();
        Sources.contact(jdbc, Sources.anAccount(), ru, ruPhone, true, true, "PAPER", "ru");
        Sources.contact(jdbc, Sources.anAccount(), en, Sources.aPhone(), true, false, "PAPER", "en");
        Sources.contact(jdbc, Sources.anAccount(), unsubscribed, Sources.aPhone(), false, false, "PAPER", "ru");
    }

    @Test
    @DisplayName("NT-3 by e-mail to the subscribed, each in their language; progress up to all sent")
    void byEmail() throws Exception {
        var started = operator.post("/api/v1/operator/broadcasts", """
                {"topic": "TARIFF_CHANGE", "channel": "EMAIL", "title": "Новые тарифы с 1 июля",
                 "body": "С 1 июля 2027 года меняются тарифы на электроэнергию.",
                 "titleEn": "New tariffs from 1 July", "bodyEn": "Electricity tariffs change on 1 July 2027."}
                """);

        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        var id = started.json().get("id").asString();
        assertThat(started.json().get("total").asLong()).isEqualTo(2);
        assertThat(started.json().get("createdBy").asString()).isEqualTo("operator");
        var done = operator.awaitGet(
                "/api/v1/operator/broadcasts/" + id, r -> r.json().get("sent").asLong() == 2);
        assertThat(done.json().get("failed").asLong()).isZero();
        assertThat(done.json().get("pending").asLong()).isZero();

        var russian = ServiceApi.eventually("the Russian e-mail", () -> inbox(ru), mails -> mails.size() == 1);
        assertThat(russian.get(0).getSubject()).isEqualTo("Изменение тарифов: Новые тарифы с 1 июля");
        assertThat(Mails.of(russian.get(0)).text()).contains("меняются тарифы", "отписаться можно");
        var english = ServiceApi.eventually("the English e-mail", () -> inbox(en), mails -> mails.size() == 1);
        assertThat(english.get(0).getSubject()).isEqualTo("Tariff change: New tariffs from 1 July");
        assertThat(inbox(unsubscribed)).isEmpty();
        var list = operator.get("/api/v1/operator/broadcasts");
        assertThat(list.json().get(0).get("id").asString()).isEqualTo(id);
    }

    @Test
    @DisplayName("NT-3 by SMS to the subscribed only, and not in the quiet hours: the SMS wait for the morning")
    void bySmsNotAtNight() {
        var started = operator.post("/api/v1/operator/broadcasts", """
                {"topic": "METER_INSTALLATION", "channel": "SMS", "title": "Замена счётчиков",
                 "body": "15 декабря с 9 до 18 — замена счётчиков в доме."}
                """);

        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        var id = UUID.fromString(started.json().get("id").asString());
        assertThat(started.json().get("total").asLong()).isEqualTo(1);
        assertThat(jdbc.queryForList(
                        "select recipient from delivery where broadcast_id = ? and status = 'PENDING'"
                                + " and next_attempt_at > now()",
                        String.class,
                        id))
                .containsExactly(ruPhone);
        assertThat(SmsSink.inbox(ruPhone)).isEmpty();
    }

    @Test
    @DisplayName("NT-3 operators only; bad input is a problem with the field; an unknown broadcast 404")
    void refusals() {
        var resident = ServiceApi.on(port)
                .as("ivanova")
                .post(
                        "/api/v1/operator/broadcasts",
                        "{\"topic\": \"OFFICE_NEWS\", \"channel\": \"EMAIL\"," + " \"title\": \"t\", \"body\": \"b\"}");
        assertThat(resident.status()).isEqualTo(403);

        var untitled = operator.post(
                "/api/v1/operator/broadcasts", "{\"topic\": \"OFFICE_NEWS\", \"channel\": \"EMAIL\", \"body\": \"b\"}");
        assertThat(untitled.status()).as(untitled.toString()).isEqualTo(400);
        assertThat(untitled.body()).contains("title");
        var cabinet = operator.post(
                "/api/v1/operator/broadcasts",
                "{\"topic\": \"OFFICE_NEWS\", \"channel\": \"CABINET\", \"title\": \"t\", \"body\": \"b\"}");
        assertThat(cabinet.status()).as(cabinet.toString()).isEqualTo(400);
        assertThat(jdbc.queryForObject("select count(*) from delivery where recipient = ?", Long.class, ru))
                .isZero();

        var none = operator.get("/api/v1/operator/broadcasts/" + UUID.randomUUID());
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.problemType()).isEqualTo("https://kabinet.dev/problems/broadcast-not-found");
    }

    static List<MimeMessage> inbox(String mailbox) {
        var servers = TestServers.get();
        try (var store = Session.getInstance(new Properties()).getStore("imap")) {
            store.connect(servers.smtpHost(), servers.imapPort(), mailbox, "any-password");
            var folder = store.getFolder("INBOX");
            folder.open(Folder.READ_ONLY);
            try {
                var found = new ArrayList<MimeMessage>();
                for (var message : folder.getMessages()) {
                    found.add(new MimeMessage((MimeMessage) message));
                }
                return found;
            } finally {
                folder.close(false);
            }
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
