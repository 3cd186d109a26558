package dev.kabinet.account.accounts;

import dev.kabinet.platform.messaging.Outbox;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The utility's account records, kept as the back office sends them (BO-1): a newer record creates or replaces an
 * account, a close marks it closed, an older or repeated one changes nothing. Every applied change is published as
 * {@code account.AccountChanged.v1} through the outbox, in the same transaction, for the services that keep a
 * projection of accounts. Called by the listener of {@code backoffice.accounts} inside the transaction that also
 * records the event in the inbox.
 */
@Component
public class AccountRegister {

    /** The topic account-service publishes accounts on. */
    public static final String TOPIC = "account.accounts";

    private static final Logger log = LoggerFactory.getLogger(AccountRegister.class);

    private final AccountRepository accounts;
    private final Outbox outbox;
    private final Clock clock;
    private final AccountImportMetrics metrics;

    public AccountRegister(AccountRepository accounts, Outbox outbox, Clock clock, AccountImportMetrics metrics) {
        this.metrics = metrics;
        this.accounts = accounts;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** What became of a record. */
    public enum Outcome {
        /** Created or changed the account, and published the change. */
        APPLIED,
        /** Not newer than what the account holds: nothing changed, nothing published. */
        STALE
    }

    /** Creates the account, or applies the record over it when it is newer. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Outcome record(AccountRecord record) {
        Instant now = clock.instant();
        var existing = accounts.findById(record.number());
        Account account;
        if (existing.isEmpty()) {
            account = accounts.save(Account.open(record, now));
            metrics.imported("created");
        } else {
            account = existing.get();
            if (!account.apply(record, now)) {
                return stale(account, record.revision());
            }
            metrics.imported("updated");
        }
        return published(account);
    }

    /**
     * Closes the account at {@code revision}.
     *
     * @throws AccountRecordInvalid when the account was never recorded: there is nothing to close
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Outcome close(String number, long revision, LocalDate closedOn) {
        var account = accounts.findById(number)
                .orElseThrow(() -> new AccountRecordInvalid("/accountNumber close of an account never recorded"));
        if (!account.close(revision, closedOn, clock.instant())) {
            return stale(account, revision);
        }
        metrics.imported("closed");
        return published(account);
    }

    private Outcome published(Account account) {
        outbox.publish(TOPIC, account.number(), AccountChangedV1.TYPE, AccountChangedV1.of(account));
        return Outcome.APPLIED;
    }

    private Outcome stale(Account account, long revision) {
        metrics.imported("stale");
        log.info("{}: revision {} not above the applied {}, ignored", account, revision, account.backofficeRevision());
        return Outcome.STALE;
    }
}
