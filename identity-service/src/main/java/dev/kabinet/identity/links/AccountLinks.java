package dev.kabinet.identity.links;

import dev.kabinet.identity.accounts.AccountOwnership;
import dev.kabinet.identity.accounts.LinkRefused;
import dev.kabinet.identity.accounts.LinkedAccount;
import dev.kabinet.identity.captcha.Captchas;
import dev.kabinet.identity.phoneconfirmation.PhoneConfirmation;
import dev.kabinet.identity.phoneconfirmation.PhoneConfirmations;
import dev.kabinet.identity.registration.AccountNumbers;
import dev.kabinet.identity.registration.MeterSerialNeeded;
import dev.kabinet.identity.registration.RegistrationProperties;
import dev.kabinet.identity.sms.PhoneNumber;
import dev.kabinet.platform.problem.FieldProblem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * A logged-in resident links more accounts, lists and unlinks them (ID-9, manuals 001–004; ADR 0019). The links live
 * in account-service ({@code account_link}, the one source of truth); after every change the Keycloak attribute
 * {@code accounts} (the tokens' claim, which every service authorises from) is rewritten from account-service's list,
 * and the gateway renews the resident's token at once (ADR 0019), so the switcher and every service see the change on
 * the next call.
 *
 * <p>Proofs, each behind a captcha (001): the owner's surname, with an installed meter's serial number when the surname
 * does not identify the owner (as registration, ADR 0015); the phone on record and an SMS code (ADR 0011 §2); the date
 * and sum of the last payment is parsed but answers {@link LastPaymentProofUnavailable} until payments exist
 * ({@link LastPayment} holds the contract). At most {@code kabinet.links.max-accounts-per-login} accounts per login,
 * checked by account-service in the insert's transaction.
 */
@Service
public class AccountLinks {

    private static final Logger log = LoggerFactory.getLogger(AccountLinks.class);
    private static final Pattern SURNAME = Pattern.compile("[\\p{L}][\\p{L}' \\u2010-\\u2015-]{0,99}");

    private final AccountNumbers accountNumbers;
    private final Captchas captchas;
    private final AccountOwnership ownership;
    private final PhoneConfirmations confirmations;
    private final AccountsAttribute attribute;

    AccountLinks(
            RegistrationProperties properties,
            Captchas captchas,
            AccountOwnership ownership,
            PhoneConfirmations confirmations,
            AccountsAttribute attribute) {
        this.accountNumbers = new AccountNumbers(properties.accountNumberPattern());
        this.captchas = captchas;
        this.ownership = ownership;
        this.confirmations = confirmations;
        this.attribute = attribute;
    }

    /** Who asks: the token's subject and login name. */
    public record Resident(String subject, String username) {}

    /** The form as typed: the account number and ONE proof (surname [+ meter], or last payment date and sum). */
    public record LinkForm(
            @Nullable String accountNumber,
            @Nullable String surname,
            @Nullable String meterSerialNumber,
            @Nullable String lastPaymentDate,
            @Nullable String lastPaymentAmount,
            @Nullable String captcha) {}

    /** The code went out to the phone on record: which confirmation, to which phone (masked), until when. */
    public record CodeSent(UUID confirmationId, String maskedPhone, Instant expiresAt) {}

    /** The resident's links, oldest first, as account-service has them now. */
    public List<LinkedAccount> of(Resident resident) {
        return ownership.links(resident.username());
    }

    /**
     * Links by the owner's surname (and meter), or answers the last-payment proof's TODO.
     *
     * @return the resident's links after the change
     * @throws LinkInvalid, dev.kabinet.identity.captcha.CaptchaInvalid, MeterSerialNeeded, LinkNotConfirmed,
     *     LinkAccountUnavailable, dev.kabinet.identity.accounts.TooManyAccounts, LastPaymentProofUnavailable,
     *     dev.kabinet.identity.accounts.AccountServiceUnavailable
     */
    public List<LinkedAccount> link(Resident resident, LinkForm form) {
        List<FieldProblem> errors = new ArrayList<>();
        var number = accountNumbers.normalise(form.accountNumber());
        if (number.isEmpty()) {
            errors.add(FieldProblem.of("accountNumber", "field.accountNumber.invalid"));
        }
        boolean byPayment =
                blank(form.surname()) && (!blank(form.lastPaymentDate()) || !blank(form.lastPaymentAmount()));
        if (byPayment) {
            if (LastPayment.date(form.lastPaymentDate()).isEmpty()) {
                errors.add(FieldProblem.of("lastPaymentDate", "field.lastPaymentDate.invalid"));
            }
            if (LastPayment.kopecks(form.lastPaymentAmount()).isEmpty()) {
                errors.add(FieldProblem.of("lastPaymentAmount", "field.lastPaymentAmount.invalid"));
            }
        } else if (form.surname() == null
                || !SURNAME.matcher(form.surname().strip()).matches()) {
            errors.add(FieldProblem.of("surname", "field.surname.invalid"));
        }
        if (form.meterSerialNumber() != null && form.meterSerialNumber().strip().length() > 40) {
            errors.add(FieldProblem.of("meterSerialNumber", "field.meterSerialNumber.invalid"));
        }
        if (!errors.isEmpty()) {
            throw new LinkInvalid(errors);
        }
        captchas.spend(form.captcha());
        if (byPayment) {
            throw new LastPaymentProofUnavailable();
        }
        String account = number.orElseThrow();
        String surname = form.surname().strip();
        String serial = blank(form.meterSerialNumber())
                ? null
                : form.meterSerialNumber().strip();
        switch (ownership.check(account, surname, serial)) {
            case MATCH -> {}
            case METER_NEEDED -> throw serial == null ? new MeterSerialNeeded() : new LinkNotConfirmed();
            case NO_MATCH -> throw new LinkNotConfirmed();
            case CLOSED -> throw new LinkAccountUnavailable(true);
            case ALREADY_REGISTERED -> throw alreadyMineOr(resident, account);
        }
        try {
            ownership.link(resident.username(), resident.subject(), account, surname, serial);
        } catch (LinkRefused e) {
            throw e.alreadyRegistered() ? new LinkAccountUnavailable(false) : new LinkNotConfirmed();
        }
        log.info("Account linked by owner surname");
        return synchronise(resident);
    }

    /**
     * The phone proof's first step: the phone must be the account's phone on record (the same refusal for a missing
     * account); only then a code goes to it (ADR 0011 §2 limits).
     */
    public CodeSent sendCode(
            Resident resident,
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
            throw new LinkInvalid(errors);
        }
        captchas.spend(captcha);
        switch (ownership.checkPhone(number.orElseThrow(), phone.orElseThrow())) {
            case MATCH -> {}
            case CLOSED -> throw new LinkAccountUnavailable(true);
            case ALREADY_REGISTERED -> throw alreadyMineOr(resident, number.orElseThrow());
            default -> throw new LinkNotConfirmed();
        }
        PhoneConfirmation sent =
                confirmations.send(confirmationSubject(resident, number.orElseThrow()), phone.orElseThrow(), clientIp);
        return new CodeSent(sent.id(), PhoneNumber.masked(sent.phone()), sent.expiresAt());
    }

    /** The phone proof's second step: the code links the account (account-service checks the phone again). */
    public List<LinkedAccount> linkByCode(
            Resident resident,
            @Nullable String typedAccountNumber,
            @Nullable UUID confirmationId,
            @Nullable String code) {
        var number = accountNumbers.normalise(typedAccountNumber);
        List<FieldProblem> errors = new ArrayList<>();
        if (number.isEmpty()) {
            errors.add(FieldProblem.of("accountNumber", "field.accountNumber.invalid"));
        }
        if (confirmationId == null || code == null || !code.strip().matches("[0-9]{6}")) {
            errors.add(FieldProblem.of("code", "field.code.format"));
        }
        if (!errors.isEmpty()) {
            throw new LinkInvalid(errors);
        }
        var confirmed =
                confirmations.verify(confirmationSubject(resident, number.orElseThrow()), confirmationId, code.strip());
        try {
            ownership.linkByPhone(resident.username(), resident.subject(), number.orElseThrow(), confirmed.phone());
        } catch (LinkRefused e) {
            throw e.alreadyRegistered() ? new LinkAccountUnavailable(false) : new LinkNotConfirmed();
        }
        log.info("Account linked by phone code");
        return synchronise(resident);
    }

    /**
     * Unlinks one of the resident's accounts; the last one may go too (manual 002: a login without an account adds
     * one later).
     *
     * @throws dev.kabinet.identity.accounts.LinkNotFound alike for a missing account and another resident's link
     */
    public List<LinkedAccount> unlink(Resident resident, String typedAccountNumber) {
        var number = accountNumbers.normalise(typedAccountNumber);
        if (number.isEmpty()) {
            throw new dev.kabinet.identity.accounts.LinkNotFound();
        }
        ownership.unlink(resident.username(), number.orElseThrow());
        log.info("Account unlinked");
        return synchronise(resident);
    }

    /** Rewrites the token's source (the Keycloak attribute) from account-service's list: the one source of truth. */
    private List<LinkedAccount> synchronise(Resident resident) {
        var links = ownership.links(resident.username());
        attribute.replace(
                resident.subject(),
                links.stream().map(LinkedAccount::accountNumber).toList());
        return links;
    }

    /** A resident linking an account they already hold gets their links, not "registered by someone else". */
    private RuntimeException alreadyMineOr(Resident resident, String account) {
        boolean mine = ownership.links(resident.username()).stream()
                .anyMatch(link -> link.accountNumber().equals(account));
        return mine ? new AlreadyLinked() : new LinkAccountUnavailable(false);
    }

    private static String confirmationSubject(Resident resident, String accountNumber) {
        return "link:" + resident.subject() + ":" + accountNumber;
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
