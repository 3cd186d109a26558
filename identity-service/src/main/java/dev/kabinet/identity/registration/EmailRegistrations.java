package dev.kabinet.identity.registration;

import dev.kabinet.identity.captcha.Captchas;
import dev.kabinet.platform.problem.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * ID-2 (manual 002): registration with a login, a password typed twice, an e-mail, consent and a captcha — no account
 * yet. The login is created with the e-mail not confirmed and Keycloak's confirmation link goes to it; until the
 * resident follows it the profile says so (and can send it again), and with no account the cabinet offers only to link
 * one (ID-9: a login with no account can add one). The per-address cap of ID-1 applies.
 */
@Service
public class EmailRegistrations {

    private static final Logger log = LoggerFactory.getLogger(EmailRegistrations.class);

    private final RegistrationProperties properties;
    private final Captchas captchas;
    private final RegistrationAttempts attempts;
    private final Residents residents;
    private final Consents consents;

    EmailRegistrations(
            RegistrationProperties properties,
            Captchas captchas,
            RegistrationAttempts attempts,
            Residents residents,
            Consents consents) {
        this.properties = properties;
        this.captchas = captchas;
        this.attempts = attempts;
        this.residents = residents;
        this.consents = consents;
    }

    /** The form as typed. */
    public record Form(
            @Nullable String username,
            @Nullable String password,
            @Nullable String repeatPassword,
            @Nullable String email,
            boolean consent,
            @Nullable String captcha) {
        @Override
        public String toString() {
            return "Form[" + username + "]";
        }
    }

    /** The new login and the address the confirmation link went to. */
    public record Registered(String username, String email) {}

    /**
     * @throws RegistrationInvalid, dev.kabinet.identity.captcha.CaptchaInvalid, RegistrationAttemptsExceeded,
     *     LoginTaken, dev.kabinet.identity.profiles.IdentityProviderUnavailable
     */
    public Registered register(Form form, String clientIp) {
        List<FieldProblem> errors = new ArrayList<>();
        if (form.username() == null
                || !Registrations.USERNAME.matcher(form.username().strip()).matches()) {
            errors.add(FieldProblem.of("username", "field.username.invalid"));
        }
        if (form.password() == null
                || form.password().isEmpty()
                || form.password().length() > 128) {
            errors.add(FieldProblem.of("password", "field.password.policy"));
        } else if (!form.password().equals(form.repeatPassword())) {
            errors.add(FieldProblem.of("repeatPassword", "field.repeatPassword.mismatch"));
        }
        if (form.email() == null
                || form.email().strip().length() > 254
                || !Registrations.EMAIL.matcher(form.email().strip()).matches()) {
            errors.add(FieldProblem.of("email", "field.email.invalid"));
        }
        if (!form.consent()) {
            errors.add(FieldProblem.of("consent", "field.consent.required"));
        }
        if (!errors.isEmpty()) {
            throw new RegistrationInvalid(errors);
        }
        captchas.spend(form.captcha());
        attempts.take(clientIp);
        String username = form.username().strip().toLowerCase(Locale.ROOT);
        String email = form.email().strip();
        String subject =
                residents.create(new Residents.NewResident(username, email, null, null, form.password(), null));
        consents.record(subject, username, properties.consentVersion(), clientIp);
        residents.sendEmailConfirmation(subject);
        log.info("Resident registered by e-mail; confirmation link sent");
        return new Registered(username, email);
    }
}
