package dev.kabinet.identity.applications.mail;

import dev.kabinet.identity.applications.ApplicationMail;
import dev.kabinet.identity.applications.ApplicationsProperties;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * The letters of ID-4 over SMTP ({@code spring.mail.*}; locally GreenMail), plain text, Russian or English by the
 * language the form was sent in. The decision's event id is the {@code Message-ID}, so a redelivered decision's letter
 * is recognisable as the same letter. Never a password.
 */
@Component
class SmtpApplicationMail implements ApplicationMail {

    private static final Logger log = LoggerFactory.getLogger(SmtpApplicationMail.class);

    private final JavaMailSender mail;
    private final ApplicationsProperties properties;

    SmtpApplicationMail(JavaMailSender mail, ApplicationsProperties properties) {
        this.mail = mail;
        this.properties = properties;
    }

    @Override
    public void approved(Approved letter) {
        boolean en = "en".equals(letter.language());
        send(
                letter.to(),
                letter.idempotencyKey(),
                en
                        ? "Personal account: application No. " + letter.applicationNumber() + " approved"
                        : "Личный кабинет: заявка № " + letter.applicationNumber() + " одобрена",
                en
                        ? """
                        Hello,

                        the utility has approved your application No. %d for access to the personal account.
                        Your login: %s (you may also log in with this e-mail address).

                        A separate letter brings a one-time link to set your password; it works once and for a
                        limited time. We never send passwords by e-mail.

                        Keep your password secret; if the link has expired, use "Forgot password?" on the login page.

                        This letter was sent automatically; replies are not read.""".formatted(letter.applicationNumber(), letter.username())
                        : """
                        Здравствуйте!

                        Ваша заявка № %d на доступ к личному кабинету одобрена.
                        Ваш логин: %s (войти можно и по этому адресу электронной почты).

                        Отдельным письмом придёт одноразовая ссылка, по которой вы зададите пароль; она действует
                        один раз и ограниченное время. Пароли по электронной почте мы не отправляем.

                        Никому не сообщайте пароль. Если ссылка устарела, воспользуйтесь ссылкой «Забыли пароль?»
                        на странице входа.

                        Письмо отправлено автоматически, отвечать на него не нужно.""".formatted(letter.applicationNumber(), letter.username()));
    }

    @Override
    public void rejected(Rejected letter) {
        boolean en = "en".equals(letter.language());
        send(
                letter.to(),
                letter.idempotencyKey(),
                en
                        ? "Personal account: application No. " + letter.applicationNumber() + " rejected"
                        : "Личный кабинет: заявка № " + letter.applicationNumber() + " отклонена",
                en
                        ? """
                        Hello,

                        the utility has rejected your application No. %d for access to the personal account.
                        Reason: %s

                        If the account's data are wrong (the owner's name, the meter), the controller of your area
                        corrects them. You may send a new application at any time:
                        %s

                        This letter was sent automatically; replies are not read.""".formatted(letter.applicationNumber(), letter.reason(), properties.applyAgainLink())
                        : """
                        Здравствуйте!

                        Ваша заявка № %d на доступ к личному кабинету отклонена.
                        Причина: %s

                        Если в данных лицевого счёта есть ошибка (ФИО владельца, счётчик), их исправит контролёр
                        вашего участка. Подать новую заявку можно в любое время:
                        %s

                        Письмо отправлено автоматически, отвечать на него не нужно.""".formatted(letter.applicationNumber(), letter.reason(), properties.applyAgainLink()));
    }

    private void send(String to, String idempotencyKey, String subject, String text) {
        try {
            MimeMessage message = new MimeMessage(mail.createMimeMessage().getSession()) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", "<" + idempotencyKey + "@kabinet.identity>");
                }
            };
            var helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(properties.mailFrom(), properties.mailFromName());
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(text);
            mail.send(message);
        } catch (MessagingException | UnsupportedEncodingException | MailException e) {
            log.error(
                    "Could not send an access application letter: {}",
                    e.getClass().getSimpleName());
        }
    }
}
