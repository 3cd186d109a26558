package dev.kabinet.identity.registration;

import dev.kabinet.identity.accounts.AccountOwnership;
import dev.kabinet.identity.accounts.LinkRefused;
import dev.kabinet.identity.captcha.Captchas;
import dev.kabinet.platform.problem.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Self-registration by account number and owner surname (ID-1, manuals 001 and 003; ADR 0015). In order:
 *
 * <ol>
 *   <li>the form: every field problem at once (account number per the utility's pattern, surname, first name (the
 *       login's name, not compared with the records), username, e-mail,
 *       consent, password present — its policy is Keycloak's);
 *   <li>the captcha, spent (one form per solution);
 *   <li>the per-address cap on ownership checks;
 *   <li>ownership, asked of account-service: a surname that does not identify the owner asks for a meter's serial
 *       number ({@link MeterSerialNeeded}), the same for an account that does not exist; a wrong serial number ends in
 *       {@link OwnershipNotConfirmed} (visit an office with a passport); a closed or already registered account is
 *       said only to a proven owner;
 *   <li>the login in Keycloak, then the link in account-service (which checks ownership again); a refused link
 *       removes the login again;
 *   <li>the consent to personal-data processing (text version, time, address).
 * </ol>
 */
@Service
public class Registrations {

    private static final Logger log = LoggerFactory.getLogger(Registrations.class);

    /** Keycloak's usernames: Latin letters, digits, {@code . _ -}, 3–45 characters, starting with a letter or digit. */
    static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{2,44}");

    static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    /** Letters (Cyrillic or Latin), spaces, hyphens and apostrophes. */
    static final Pattern SURNAME = Pattern.compile("[\\p{L}][\\p{L}' \\u2010-\\u2015-]{0,99}");

    private final AccountNumbers accountNumbers;
    private final RegistrationProperties properties;
    private final Captchas captchas;
    private final RegistrationAttempts attempts;
    private final AccountOwnership ownership;
    private final Residents residents;
    private final Consents consents;

    Registrations(
            RegistrationProperties properties,
            Captchas captchas,
            RegistrationAttempts attempts,
            AccountOwnership ownership,
            Residents residents,
            Consents consents) {
        this.accountNumbers = new AccountNumbers(properties.accountNumberPattern());
        this.properties = properties;
        this.captchas = captchas;
        this.attempts = attempts;
        this.ownership = ownership;
        this.residents = residents;
        this.consents = consents;
    }

    /** A registered resident: their username and the account they see after logging in. */
    public record Registered(String username, String accountNumber) {}

    /**
     * @param clientIp the resident's address (behind the gateway: from {@code X-Forwarded-For}, trusted proxies only)
     * @throws RegistrationInvalid, CaptchaInvalid, RegistrationAttemptsExceeded, MeterSerialNeeded,
     *     OwnershipNotConfirmed, AccountClosed, AccountAlreadyRegistered, LoginTaken, AccountServiceUnavailable,
     *     IdentityProviderUnavailable — see the class description
     */
    public Registered register(RegistrationForm form, String clientIp) {
        String number = validate(form);
        captchas.spend(form.captcha());
        attempts.take(clientIp);
        String surname = form.surname().strip();
        String serial = blankToNull(form.meterSerialNumber());
        switch (ownership.check(number, surname, serial)) {
            case MATCH -> {}
            case METER_NEEDED -> throw serial == null ? new MeterSerialNeeded() : new OwnershipNotConfirmed();
            case NO_MATCH -> throw new OwnershipNotConfirmed();
            case CLOSED -> throw new AccountClosed();
            case ALREADY_REGISTERED -> throw new AccountAlreadyRegistered();
        }
        String username = form.username().strip().toLowerCase(Locale.ROOT);
        String subject = residents.create(new Residents.NewResident(
                username, form.email().strip(), form.firstName().strip(), surname, form.password(), number));
        try {
            ownership.link(username, subject, number, surname, serial);
        } catch (LinkRefused e) {
            residents.delete(subject);
            throw e.alreadyRegistered() ? new AccountAlreadyRegistered() : new OwnershipNotConfirmed();
        } catch (RuntimeException e) {
            residents.delete(subject);
            throw e;
        }
        consents.record(subject, username, properties.consentVersion(), clientIp);
        log.info("Resident registered by account number");
        return new Registered(username, number);
    }

    private String validate(RegistrationForm form) {
        List<FieldProblem> errors = new ArrayList<>();
        var number = accountNumbers.normalise(form.accountNumber());
        if (number.isEmpty()) {
            errors.add(FieldProblem.of("accountNumber", "field.accountNumber.invalid"));
        }
        if (form.surname() == null || !SURNAME.matcher(form.surname().strip()).matches()) {
            errors.add(FieldProblem.of("surname", "field.surname.invalid"));
        }
        if (form.firstName() == null
                || !SURNAME.matcher(form.firstName().strip()).matches()) {
            errors.add(FieldProblem.of("firstName", "field.firstName.invalid"));
        }
        if (form.meterSerialNumber() != null && form.meterSerialNumber().strip().length() > 40) {
            errors.add(FieldProblem.of("meterSerialNumber", "field.meterSerialNumber.invalid"));
        }
        if (form.username() == null
                || !USERNAME.matcher(form.username().strip()).matches()) {
            errors.add(FieldProblem.of("username", "field.username.invalid"));
        }
        if (form.password() == null
                || form.password().isEmpty()
                || form.password().length() > 128) {
            errors.add(FieldProblem.of("password", "field.password.policy"));
        }
        if (form.email() == null
                || form.email().strip().length() > 254
                || !EMAIL.matcher(form.email().strip()).matches()) {
            errors.add(FieldProblem.of("email", "field.email.invalid"));
        }
        if (!form.consent()) {
            errors.add(FieldProblem.of("consent", "field.consent.required"));
        }
        if (!errors.isEmpty()) {
            throw new RegistrationInvalid(errors);
        }
        return number.orElseThrow();
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
