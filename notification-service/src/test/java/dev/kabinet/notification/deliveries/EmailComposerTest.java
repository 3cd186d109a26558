package dev.kabinet.notification.deliveries;

import static dev.kabinet.notification.deliveries.ReceivedReadingBuilder.aDayNightReading;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

@DisplayName("NT-1 the e-mail is sent by a no-reply robot, in Russian, as text and HTML")
class EmailComposerTest {

    final EmailComposer composer = new EmailComposer("no-reply@kabinet.local", "Личный кабинет", "kabinet.local");
    final Notice notice = new NoticeTemplates(ZoneId.of("Europe/Moscow"))
            .readingReceived(aDayNightReading().build(), Language.RU);
    final UUID eventId = UUID.randomUUID();
    final Delivery delivery = Delivery.email(
            eventId, "1000000012", "ivanova@kabinet.local", notice, Instant.parse("2026-11-22T09:16:00Z"));

    @Test
    void composesAUtf8MessageWithTextAndHtmlAlternatives() throws Exception {
        var message = new JavaMailSenderImpl().createMimeMessage();

        composer.compose(delivery, message);
        message.saveChanges();

        var from = (InternetAddress) message.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("no-reply@kabinet.local");
        assertThat(from.getPersonal()).isEqualTo("Личный кабинет");
        assertThat(message.getAllRecipients()).extracting(Object::toString).containsExactly("ivanova@kabinet.local");
        assertThat(message.getSubject()).isEqualTo("Показания приняты в обработку");
        assertThat(message.getHeader("Subject")[0]).startsWith("=?UTF-8?");
        assertThat(MimeUtility.decodeText(message.getHeader("Subject")[0])).isEqualTo("Показания приняты в обработку");
        assertThat(message.getHeader("Auto-Submitted")).containsExactly("auto-generated");

        var parts = leaves(message);
        assertThat(parts)
                .extracting(p -> p.getContentType().toLowerCase().replace(" ", ""))
                .anySatisfy(type -> assertThat(type).startsWith("text/plain;charset=utf-8"))
                .anySatisfy(type -> assertThat(type).startsWith("text/html;charset=utf-8"));
        var raw = new ByteArrayOutputStream();
        message.writeTo(raw);
        assertThat(raw.toString(StandardCharsets.US_ASCII)).contains("multipart/alternative");
    }

    @Test
    void theMessageIdIsTheEventsUntilSent() throws Exception {
        var message = new JavaMailSenderImpl().createMimeMessage();

        composer.compose(delivery, message);

        assertThat(message.getMessageID()).isEqualTo("<" + eventId + "@kabinet.local>");
    }

    private static List<Part> leaves(Part part) throws Exception {
        var found = new ArrayList<Part>();
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                found.addAll(leaves(multipart.getBodyPart(i)));
            }
        } else {
            found.add(part);
        }
        return found;
    }
}
