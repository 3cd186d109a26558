package dev.kabinet.identity.recovery.mail;

import dev.kabinet.identity.recovery.RecoveryMail;
import dev.kabinet.identity.recovery.RecoveryProperties;
import jakarta.mail.MessagingException;
import java.io.UnsupportedEncodingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * The recovery letter over SMTP ({@code spring.mail.*}; locally GreenMail): plain text, Russian or English by the
 * login's language. It carries the login (000: a forgotten login is recovered too), the one-time link and its time,
 * what to do when the resident did not ask, and that replies are not read. Never a password.
 */
@Component
class SmtpRecoveryMail implements RecoveryMail {

    private static final Logger log = LoggerFactory.getLogger(SmtpRecoveryMail.class);

    private final JavaMailSender mail;
    private final RecoveryProperties properties;

    SmtpRecoveryMail(JavaMailSender mail, RecoveryProperties properties) {
        this.mail = mail;
        this.properties = properties;
    }

    @Override
    public void send(Letter letter) {
        try {
            var message = mail.createMimeMessage();
            var helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(properties.mailFrom(), properties.mailFromName());
            helper.setTo(letter.to());
            boolean en = "en".equals(letter.language());
            long minutes = Math.max(1, letter.validFor().toMinutes());
            helper.setSubject(en ? "Personal account: password recovery" : "Личный кабинет: восстановление пароля");
            helper.setText(
                    en
                            ? """
                            Hello,

                            someone asked to recover the password of your personal account.
                            Your login: %s

                            To set a new password, open this link (it works once, for %d minutes):
                            %s

                            If it was not you, ignore this letter: your password stays as it is.

                            This letter was sent automatically; replies are not read.""".formatted(letter.username(), minutes, letter.link())
                            : """
                            Здравствуйте!

                            Для вашего личного кабинета запрошено восстановление пароля.
                            Ваш логин: %s

                            Чтобы задать новый пароль, откройте ссылку (она действует один раз, %d мин.):
                            %s

                            Если вы не запрашивали восстановление, ничего не делайте: пароль останется прежним.

                            Письмо отправлено автоматически, отвечать на него не нужно.""".formatted(letter.username(), minutes, letter.link()));
            mail.send(message);
            log.info("Recovery link sent by e-mail");
        } catch (MessagingException | UnsupportedEncodingException | MailException e) {
            log.error("Could not send the recovery e-mail: {}", e.getClass().getSimpleName());
        }
    }
}
