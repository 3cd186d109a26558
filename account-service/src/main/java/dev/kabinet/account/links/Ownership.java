package dev.kabinet.account.links;

import dev.kabinet.account.accounts.Account;
import dev.kabinet.account.accounts.AccountRepository;
import dev.kabinet.account.accounts.Meter;
import dev.kabinet.platform.security.AccountAccess;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether someone who typed an account number and a surname (and, when asked, a meter's serial number) owns the
 * account, by this service's records (ID-1, ADR 0015). The answer never carries owner data, and it is the same for an
 * account that does not exist as for a wrong surname: {@link Outcome#METER_NEEDED} while no serial number was given,
 * {@link Outcome#NO_MATCH} once one was. Only after ownership is proven does it say that the account is closed or
 * already registered.
 */
@Service
public class Ownership {

    private static final Logger log = LoggerFactory.getLogger(Ownership.class);

    private final AccountRepository accounts;
    private final AccountLinkRepository links;
    private final LinkProperties properties;

    Ownership(AccountRepository accounts, AccountLinkRepository links, LinkProperties properties) {
        this.accounts = accounts;
        this.links = links;
        this.properties = properties;
    }

    /** The outcomes; {@code proof} says how a match was made (null when there is none). */
    public enum Outcome {
        MATCH,
        METER_NEEDED,
        NO_MATCH,
        CLOSED,
        ALREADY_REGISTERED
    }

    public record Verdict(Outcome outcome, @Nullable LinkProof proof) {}

    /**
     * @param accountNumber digits only (the caller normalised what the resident typed)
     * @param surname as typed
     * @param meterSerialNumber as typed, or null on the first attempt
     */
    @Transactional(readOnly = true)
    public Verdict check(String accountNumber, String surname, @Nullable String meterSerialNumber) {
        Optional<Account> found = accounts.findById(accountNumber);
        LinkProof proof =
                found.map(account -> proof(account, surname, meterSerialNumber)).orElse(null);
        if (proof == null) {
            boolean serialGiven = meterSerialNumber != null && !meterSerialNumber.isBlank();
            log.info("Ownership of account {} not proven", AccountAccess.mask(accountNumber));
            return new Verdict(serialGiven ? Outcome.NO_MATCH : Outcome.METER_NEEDED, null);
        }
        Account account = found.orElseThrow();
        if (account.closed()) {
            return new Verdict(Outcome.CLOSED, proof);
        }
        if (links.countByAccountNumber(accountNumber) >= properties.maxLoginsPerAccount()) {
            return new Verdict(Outcome.ALREADY_REGISTERED, proof);
        }
        return new Verdict(Outcome.MATCH, proof);
    }

    /**
     * ID-3: whether {@code phone} (E.164) is the account's phone on record. A missing account answers like another
     * phone ({@link Outcome#NO_MATCH}); closed and already registered only once the phone matched.
     */
    @Transactional(readOnly = true)
    public Verdict checkPhone(String accountNumber, String phone) {
        Optional<Account> found = accounts.findById(accountNumber);
        boolean matches = found.map(Account::phone)
                .filter(onRecord -> onRecord.equals(phone))
                .isPresent();
        if (!matches) {
            log.info("Phone of account {} not matched", AccountAccess.mask(accountNumber));
            return new Verdict(Outcome.NO_MATCH, null);
        }
        if (found.orElseThrow().closed()) {
            return new Verdict(Outcome.CLOSED, LinkProof.PHONE_CODE);
        }
        if (links.countByAccountNumber(accountNumber) >= properties.maxLoginsPerAccount()) {
            return new Verdict(Outcome.ALREADY_REGISTERED, LinkProof.PHONE_CODE);
        }
        return new Verdict(Outcome.MATCH, LinkProof.PHONE_CODE);
    }

    private static @Nullable LinkProof proof(Account account, String surname, @Nullable String meterSerialNumber) {
        if (OwnerSurname.matches(surname, account.ownerName())) {
            return LinkProof.OWNER_SURNAME;
        }
        String serial = OwnerSurname.serial(meterSerialNumber);
        if (!serial.isEmpty()
                && account.meters().stream()
                        .filter(meter -> !meter.retired())
                        .map(Meter::serialNumber)
                        .map(OwnerSurname::serial)
                        .anyMatch(serial::equals)) {
            return LinkProof.METER_SERIAL;
        }
        return null;
    }
}
