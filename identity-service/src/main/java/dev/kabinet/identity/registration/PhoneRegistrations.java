package dev.kabinet.identity.registration;

import dev.kabinet.identity.accounts.AccountOwnership;
import dev.kabinet.identity.accounts.LinkRefused;
import dev.kabinet.identity.captcha.Captchas;
import dev.kabinet.identity.phoneconfirmation.PhoneConfirmation;
import dev.kabinet.identity.phoneconfirmation.PhoneConfirmations;
import dev.kabinet.identity.sms.PhoneNumber;
import dev.kabinet.platform.problem.FieldProblem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Self-registration by mobile phone and account number (ID-3, manual 004; ADR 0015), in two steps:
 *
 * <ol>
 *   <li>{@link #sendCode}: the account number and the phone (a Russian mobile number, 10 digits), a captcha (spent),
 *       the per-address cap; account-service says whether the phone is the one on record — the same refusal for an
 *       account that does not exist — and only then a one-time code goes to that phone (ADR 0011 §2: hashed, 5
 *       minutes, 5 attempts, cooldown, per-phone and per-address caps).
 *   <li>{@link #complete}: the code with the login's fields. Username and e-mail are checked to be free first, so a
 *       refusal does not spend the code; then the code is verified, the Keycloak login created, the account linked
 *       (account-service checks the phone again; a refusal removes the login) and the consent recorded.
 * </ol>
 *
 * The confirmation belongs to the subject {@code registration:<account number>}: only a completion for the same
 * account can use it, and only with the code that went to the phone on record.
 */
@Service
public class PhoneRegistrations {

    private static final Logger log = LoggerFactory.getLogger(PhoneRegistrations.class);

    private final AccountNumbers accountNumbers;
    private final RegistrationProperties properties;
    private final Captchas captchas;
    private final RegistrationAttempts attempts;
    private final AccountOwnership ownership;
    private final PhoneConfirmations confirmations;
    private final Residents residents;
    private final Consents consents;

    PhoneRegistrations(
            RegistrationProperties properties,
            Captchas captchas,
            RegistrationAttempts attempts,
            AccountOwnership ownership,
            PhoneConfirmations confirmations,
            Residents residents,
            Consents consents) {
        this.accountNumbers = new AccountNumbers(properties.accountNumberPattern());
        this.properties = properties;
        this.captchas = captchas;
        this.attempts = attempts;
        this.ownership = ownership;
        this.confirmations = confirmations;
        this.residents = residents;
        this.consents = consents;
    }

    /** The code went out: which confirmation, to which phone (masked), until when. */
    public record CodeSent(UUID confirmationId, String maskedPhone, Instant expiresAt) {}

    /** The second step's fields as typed; {@code email} is optional. */
    public record Completion(
            @Nullable UUID confirmationId,
            @Nullable String code,
            @Nullable String accountNumber,
            @Nullable String phone,
            @Nullable String username,
            @Nullable String firstName,
            @Nullable String surname,
            @Nullable String password,
            @Nullable String email,
            boolean consent) {

        @Override
        public String toString() {
            return "Completion[" + username + "]";
        }
    }

    /**
     * @throws RegistrationInvalid (account number, phone), CaptchaInvalid, RegistrationAttemptsExceeded,
     *     PhoneNotConfirmed, AccountClosed, AccountAlreadyRegistered, the code's send refusals (cooldown, caps,
     *     SmsNotSent), AccountServiceUnavailable
     */
    public CodeSent sendCode(
            @Nullable String typedAccountNumber,
            @Nullable String typedPhone,
            @Nullable String captcha,
            String clientIp) {
        List<FieldProblem> errors = new ArrayList<>();
        var number = accountNumbers.normalise(typedAccountNumber);
        if (number.isEmpty()) {
            errors.add(FieldProblem.of("accountNumber", "field.accountNumber.invalid"));
        }
        var phone = PhoneNumber.normalise(typedPhone);
        if (phone.isEmpty()) {
            errors.add(FieldProblem.of("phone", "field.phone.invalid"));
        }
        if (!errors.isEmpty()) {
            throw new RegistrationInvalid(errors);
        }
        captchas.spend(captcha);
        attempts.take(clientIp);
        switch (ownership.checkPhone(number.orElseThrow(), phone.orElseThrow())) {
            case MATCH -> {}
            case CLOSED -> throw new AccountClosed();
            case ALREADY_REGISTERED -> throw new AccountAlreadyRegistered();
            default -> throw new PhoneNotConfirmed();
        }
        PhoneConfirmation sent = confirmations.send(subject(number.orElseThrow()), phone.orElseThrow(), clientIp);
        return new CodeSent(sent.id(), PhoneNumber.masked(sent.phone()), sent.expiresAt());
    }

    /**
     * @throws RegistrationInvalid, LoginTaken, the code's refusals (wrong, expired, used, superseded, locked, not
     *     found), PhoneConfirmationMismatch, AccountAlreadyRegistered / PhoneNotConfirmed (the link refused),
     *     AccountServiceUnavailable, IdentityProviderUnavailable
     */
    public Registrations.Registered complete(Completion form, String clientIp) {
        String number = validate(form);
        String username = form.username().strip().toLowerCase(Locale.ROOT);
        String email = form.email() == null || form.email().isBlank()
                ? null
                : form.email().strip();
        residents.ensureAvailable(username, email);
        var confirmed = confirmations.verify(
                subject(number), form.confirmationId(), form.code().strip());
        String phone = PhoneNumber.normalise(form.phone()).orElseThrow();
        if (!confirmed.phone().equals(phone)) {
            throw new PhoneConfirmationMismatch();
        }
        String subject = residents.create(new Residents.NewResident(
                username, email, form.firstName().strip(), form.surname().strip(), form.password(), number));
        try {
            ownership.linkByPhone(username, subject, number, phone);
        } catch (LinkRefused e) {
            residents.delete(subject);
            throw e.alreadyRegistered() ? new AccountAlreadyRegistered() : new PhoneNotConfirmed();
        } catch (RuntimeException e) {
            residents.delete(subject);
            throw e;
        }
        consents.record(subject, username, properties.consentVersion(), clientIp);
        log.info("Resident registered by phone and account number");
        return new Registrations.Registered(username, number);
    }

    private String validate(Completion form) {
        List<FieldProblem> errors = new ArrayList<>();
        var number = accountNumbers.normalise(form.accountNumber());
        if (number.isEmpty()) {
            errors.add(FieldProblem.of("accountNumber", "field.accountNumber.invalid"));
        }
        if (PhoneNumber.normalise(form.phone()).isEmpty()) {
            errors.add(FieldProblem.of("phone", "field.phone.invalid"));
        }
        if (form.confirmationId() == null
                || form.code() == null
                || !form.code().strip().matches("[0-9]{6}")) {
            errors.add(FieldProblem.of("code", "field.code.format"));
        }
        if (form.username() == null
                || !Registrations.USERNAME.matcher(form.username().strip()).matches()) {
            errors.add(FieldProblem.of("username", "field.username.invalid"));
        }
        if (form.firstName() == null
                || !Registrations.SURNAME.matcher(form.firstName().strip()).matches()) {
            errors.add(FieldProblem.of("firstName", "field.firstName.invalid"));
        }
        if (form.surname() == null
                || !Registrations.SURNAME.matcher(form.surname().strip()).matches()) {
            errors.add(FieldProblem.of("surname", "field.surname.invalid"));
        }
        if (form.password() == null
                || form.password().isEmpty()
                || form.password().length() > 128) {
            errors.add(FieldProblem.of("password", "field.password.policy"));
        }
        if (form.email() != null
                && !form.email().isBlank()
                && (form.email().strip().length() > 254
                        || !Registrations.EMAIL.matcher(form.email().strip()).matches())) {
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

    private static String subject(String accountNumber) {
        return "registration:" + accountNumber;
    }
}
