package dev.kabinet.identity.profiles;

import dev.kabinet.identity.captcha.Captchas;
import dev.kabinet.identity.phoneconfirmation.PhoneConfirmation;
import dev.kabinet.identity.phoneconfirmation.PhoneConfirmations;
import dev.kabinet.identity.sms.PhoneNumber;
import dev.kabinet.platform.problem.FieldProblem;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * ID-8 username and phone changes, each followed by a notice ({@link ProfileNotices}, ADR 0033).
 *
 * <ul>
 *   <li>Username: a per-utility setting ({@code kabinet.profile.username-change}); the registration rule (3–45 Latin
 *       letters, digits and {@code . _ -}, a letter or digit first); a captcha (like every change of the login, 001);
 *       another login's name is refused next to the field; Keycloak renames (the realm's {@code editUsernameAllowed}).
 *   <li>Phone: a Russian mobile number gets a one-time SMS code (ADR 0011: hashed, 5 minutes, 5 attempts, cooldown,
 *       per-phone and per-address caps), behind a captcha (SMS cost money); the right code stores the phone as the
 *       login's {@code phone} (E.164). The confirmation belongs to {@code phone:<subject>}, so another login's or
 *       another flow's code does not change a phone.
 * </ul>
 */
@Service
public class ProfileChanges {

    private static final Logger log = LoggerFactory.getLogger(ProfileChanges.class);

    /** The registration's rule for logins (registration.Registrations.USERNAME). */
    static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{2,44}");

    private final LoginSecurity security;
    private final UserDirectory directory;
    private final Captchas captchas;
    private final PhoneConfirmations confirmations;
    private final ProfileNotices notices;
    private final ProfileProperties properties;

    ProfileChanges(
            LoginSecurity security,
            UserDirectory directory,
            Captchas captchas,
            PhoneConfirmations confirmations,
            ProfileNotices notices,
            ProfileProperties properties) {
        this.security = security;
        this.directory = directory;
        this.captchas = captchas;
        this.confirmations = confirmations;
        this.notices = notices;
        this.properties = properties;
    }

    /**
     * @throws UsernameChangeNotAllowed when the utility does not allow it
     * @throws UsernameChangeInvalid, dev.kabinet.identity.captcha.CaptchaInvalid, IdentityProviderUnavailable
     * @return the new username
     */
    public String changeUsername(String subject, @Nullable String typed, @Nullable String captcha) {
        if (!properties.usernameChange()) {
            throw new UsernameChangeNotAllowed();
        }
        String username = typed == null ? "" : typed.strip();
        if (!USERNAME.matcher(username).matches()) {
            throw new UsernameChangeInvalid(List.of(FieldProblem.of("username", "field.username.invalid")));
        }
        captchas.spend(captcha);
        var before = profile(subject);
        if (username.equalsIgnoreCase(before.username())) {
            throw new UsernameChangeInvalid(List.of(FieldProblem.of("username", "field.username.same")));
        }
        security.changeUsername(subject, username);
        notices.changed(subject, ProfileChange.USERNAME, before.email(), before.phone(), before.locale());
        log.info("Username changed");
        return username.toLowerCase(java.util.Locale.ROOT);
    }

    /** The code went out: which confirmation, to which phone (masked), until when. */
    public record PhoneCodeSent(UUID confirmationId, String maskedPhone, Instant expiresAt) {}

    /**
     * Sends a one-time code to the new phone.
     *
     * @throws dev.kabinet.identity.phoneconfirmation.PhoneNumberInvalid, dev.kabinet.identity.captcha.CaptchaInvalid,
     *     the OTP engine's limits (ResendTooSoon, SmsLimitReached), dev.kabinet.identity.sms.SmsNotSent
     */
    public PhoneCodeSent sendPhoneCode(
            String subject, @Nullable String typedPhone, @Nullable String captcha, String clientIp) {
        if (typedPhone == null || PhoneNumber.normalise(typedPhone).isEmpty()) {
            throw new dev.kabinet.identity.phoneconfirmation.PhoneNumberInvalid();
        }
        captchas.spend(captcha);
        PhoneConfirmation sent = confirmations.send(confirmationSubject(subject), typedPhone, clientIp);
        return new PhoneCodeSent(sent.id(), PhoneNumber.masked(sent.phone()), sent.expiresAt());
    }

    /**
     * The right code stores the phone and sends the notice.
     *
     * @return the phone now on record (E.164)
     * @throws PhoneChangeInvalid without a confirmation id or code; the OTP engine's refusals for a wrong, expired,
     *     superseded or used code, or another login's confirmation (as a missing one)
     */
    public String confirmPhone(String subject, @Nullable UUID confirmationId, @Nullable String code) {
        if (confirmationId == null) {
            throw new PhoneChangeInvalid(List.of(FieldProblem.of("confirmationId", "field.confirmationId.required")));
        }
        if (code == null || code.isBlank()) {
            throw new PhoneChangeInvalid(List.of(FieldProblem.of("code", "field.code.required")));
        }
        var confirmed = confirmations.verify(confirmationSubject(subject), confirmationId, code.strip());
        var before = profile(subject);
        security.setPhone(subject, confirmed.phone());
        notices.changed(subject, ProfileChange.PHONE, before.email(), confirmed.phone(), before.locale());
        log.info("Phone changed to {}", PhoneNumber.masked(confirmed.phone()));
        return confirmed.phone();
    }

    private Profile profile(String subject) {
        return directory.find(subject, null).orElseThrow(ProfileNotFound::new);
    }

    static String confirmationSubject(String subject) {
        return "phone:" + subject;
    }
}
