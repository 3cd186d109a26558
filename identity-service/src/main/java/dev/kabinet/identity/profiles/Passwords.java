package dev.kabinet.identity.profiles;

import dev.kabinet.identity.captcha.Captchas;
import dev.kabinet.platform.problem.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * ID-8 password and e-mail change and ID-10 "log out everywhere" (manuals 001, 003, 004).
 *
 * <p>A change: the fields (current given, new and repeat equal and at most 128 characters; the policy itself is
 * Keycloak's: {@code length(8) and digits(1) and notUsername}) → the captcha (001) → the current password (a wrong
 * one counts as a failed login) → the new one → every OTHER session of the login ends (Keycloak ends them and tells
 * the gateway by back-channel logout, ADR 0014); the caller's own session stays. Each change is followed by a notice
 * ({@link ProfileNotices}, ADR 0033).
 */
@Service
public class Passwords {

    private static final Logger log = LoggerFactory.getLogger(Passwords.class);

    private static final java.util.regex.Pattern EMAIL =
            java.util.regex.Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    private final LoginSecurity security;
    private final Captchas captchas;
    private final UserDirectory directory;
    private final ProfileNotices notices;

    Passwords(LoginSecurity security, Captchas captchas, UserDirectory directory, ProfileNotices notices) {
        this.security = security;
        this.captchas = captchas;
        this.directory = directory;
        this.notices = notices;
    }

    /** The form as typed. */
    public record PasswordChange(
            @Nullable String currentPassword,
            @Nullable String newPassword,
            @Nullable String repeatPassword,
            @Nullable String captcha) {

        @Override
        public String toString() {
            return "PasswordChange[***]";
        }
    }

    /**
     * @param sessionId the caller's Keycloak session (the token's {@code sid}), which stays
     * @return how many other sessions were ended
     * @throws PasswordChangeInvalid, dev.kabinet.identity.captcha.CaptchaInvalid, IdentityProviderUnavailable
     */
    public int change(String subject, String username, @Nullable String sessionId, PasswordChange form) {
        List<FieldProblem> errors = new ArrayList<>();
        if (form.currentPassword() == null || form.currentPassword().isEmpty()) {
            errors.add(FieldProblem.of("currentPassword", "field.currentPassword.required"));
        }
        if (form.newPassword() == null
                || form.newPassword().isEmpty()
                || form.newPassword().length() > 128) {
            errors.add(FieldProblem.of("newPassword", "field.password.policy"));
        }
        if (form.newPassword() != null && !form.newPassword().equals(form.repeatPassword())) {
            errors.add(FieldProblem.of("repeatPassword", "field.repeatPassword.mismatch"));
        }
        if (!errors.isEmpty()) {
            throw new PasswordChangeInvalid(errors);
        }
        captchas.spend(form.captcha());
        if (!security.passwordMatches(username, form.currentPassword())) {
            throw new PasswordChangeInvalid(List.of(FieldProblem.of("currentPassword", "field.currentPassword.wrong")));
        }
        security.setPassword(subject, form.newPassword());
        directory
                .find(subject, username)
                .ifPresent(now ->
                        notices.changed(subject, ProfileChange.PASSWORD, now.email(), now.phone(), now.locale()));
        int ended = security.endSessions(subject, sessionId);
        log.info("Password changed; {} other session(s) ended", ended);
        return ended;
    }

    /** The e-mail form as typed (ID-8: new + repeat, manual 001). */
    public record EmailChange(
            @Nullable String email,
            @Nullable String repeatEmail,
            @Nullable String captcha) {}

    /**
     * ID-8: a new e-mail, re-confirmed by Keycloak's verification link sent to it; captcha first (001).
     *
     * @throws EmailChangeInvalid, dev.kabinet.identity.captcha.CaptchaInvalid, IdentityProviderUnavailable
     */
    public void changeEmail(String subject, EmailChange form) {
        List<FieldProblem> errors = new ArrayList<>();
        String email = form.email() == null ? "" : form.email().strip();
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            errors.add(FieldProblem.of("email", "field.email.invalid"));
        } else if (form.repeatEmail() == null
                || !email.equalsIgnoreCase(form.repeatEmail().strip())) {
            errors.add(FieldProblem.of("repeatEmail", "field.repeatEmail.mismatch"));
        }
        if (!errors.isEmpty()) {
            throw new EmailChangeInvalid(errors);
        }
        captchas.spend(form.captcha());
        var before = directory.find(subject, null).orElseThrow(ProfileNotFound::new);
        security.changeEmail(subject, email);
        // the notice goes to the OLD address: a hijacker's new one must not be the only one told (ADR 0033)
        notices.changed(subject, ProfileChange.EMAIL, before.email(), before.phone(), before.locale());
        log.info("E-mail changed; verification link sent");
    }

    /**
     * ID-2, ID-8: the confirmation link again ("resend" in the profile, manual 002), behind a captcha like every change
     * of the login, which also keeps anyone from making Keycloak mail a resident over and over.
     *
     * @return whether a letter went out (false when the e-mail is confirmed already or there is none)
     * @throws dev.kabinet.identity.captcha.CaptchaInvalid, IdentityProviderUnavailable
     */
    public boolean resendEmailConfirmation(String subject, @Nullable String captcha) {
        captchas.spend(captcha);
        boolean sent = security.resendEmailConfirmation(subject);
        log.info("E-mail confirmation {}", sent ? "sent again" : "not needed");
        return sent;
    }

    /**
     * ID-10: ends every session of the login, the caller's too; behind a captcha like every change of the login.
     *
     * @throws dev.kabinet.identity.captcha.CaptchaInvalid, IdentityProviderUnavailable
     */
    public int logOutEverywhere(String subject, @Nullable String captcha) {
        captchas.spend(captcha);
        int ended = security.endSessions(subject, null);
        log.info("Logged out everywhere: {} session(s) ended", ended);
        return ended;
    }
}
