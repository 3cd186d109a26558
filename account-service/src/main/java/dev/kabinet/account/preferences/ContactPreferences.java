package dev.kabinet.account.preferences;

import dev.kabinet.account.accounts.Account;
import dev.kabinet.account.accounts.AccountChangedV1;
import dev.kabinet.account.accounts.AccountNotFound;
import dev.kabinet.account.accounts.AccountRegister;
import dev.kabinet.account.accounts.AccountRepository;
import dev.kabinet.account.audit.AuditTrail;
import dev.kabinet.platform.messaging.Outbox;
import dev.kabinet.platform.security.AccountAccess;
import java.time.Clock;
import java.util.List;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A resident's contact and preferences (AC-3): the phone and e-mail on record, SMS and e-mail informing, how the bill
 * is delivered. A change is stored, audited (who, when, which fields) and published in one transaction: {@code
 * account.ContactChanged.v1} on {@code account.contact-changes} for the utility's back office and {@code
 * account.AccountChanged.v1} on {@code account.accounts} for Kabinet's own projections (notification reads the
 * contact from it). The caller's access to the account is checked at the web edge before this (ADR 0006).
 */
@Component
public class ContactPreferences {

    /** The audit action of a change. */
    public static final String CHANGED = "preferences.changed";

    private final AccountRepository accounts;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final AccountAccess access;
    private final Clock clock;

    public ContactPreferences(
            AccountRepository accounts, Outbox outbox, AuditTrail audit, AccountAccess access, Clock clock) {
        this.accounts = accounts;
        this.outbox = outbox;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    /** The account with its contact and preferences. */
    @Transactional(readOnly = true)
    public Account current(String number) {
        return accounts.findById(number).orElseThrow(AccountNotFound::new);
    }

    /**
     * Applies the change. When nothing differs from what the account holds, nothing is stored, audited or published.
     *
     * @return the account as it now stands
     * @throws AccountNotFound (only an operator gets this far for an unknown number)
     * @throws dev.kabinet.account.accounts.AccountClosed when the account is closed
     */
    @Transactional
    public Account change(String number, ContactChange change) {
        var account = accounts.findById(number).orElseThrow(AccountNotFound::new);
        List<String> changed =
                account.changeContact(change.phone(), change.email(), change.preferences(), clock.instant());
        if (changed.isEmpty()) {
            return account;
        }
        accounts.save(account);
        audit.record(CHANGED, number, changed);
        var caller = SecurityContextHolder.getContext().getAuthentication();
        String by = caller != null && access.isOperator(caller) ? "OPERATOR" : "RESIDENT";
        outbox.publish(
                ContactChangedV1.TOPIC, number, ContactChangedV1.TYPE, ContactChangedV1.of(account, by, changed));
        outbox.publish(AccountRegister.TOPIC, number, AccountChangedV1.TYPE, AccountChangedV1.of(account));
        return account;
    }
}
