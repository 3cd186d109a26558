package dev.kabinet.account.accounts;

import dev.kabinet.platform.messaging.Outbox;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
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
    private final AccountTable table;
    private final AccountImportMetrics metrics;

    public AccountRegister(
            AccountRepository accounts, Outbox outbox, Clock clock, AccountTable table, AccountImportMetrics metrics) {
        this.metrics = metrics;
        this.accounts = accounts;
        this.outbox = outbox;
        this.clock = clock;
        this.table = table;
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
     * Applies many records at once (the bulk import, docs/adr/0031), with the same outcome as {@link #record} for each
     * in turn: in their order, several of one account included, each applied one counting up the account's sequence
     * and published. The accounts are read and locked with one query, written with one statement per table, and the
     * events written to the outbox with one statement. Nothing must be pending in JPA's persistence context for these
     * accounts: the caller flushes and clears it first.
     *
     * @return how many records were applied (the rest were stale)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int recordAll(List<AccountRecord> records) {
        Instant now = clock.instant();
        long t0 = System.nanoTime();
        var stored = table.lock(records.stream().map(AccountRecord::number).collect(Collectors.toSet()));
        var current = new LinkedHashMap<String, Account>();
        var changed = new LinkedHashMap<String, Account>();
        var events = new ArrayList<Outbox.Keyed>(records.size());
        int stale = 0;
        for (var record : records) {
            var account = current.get(record.number());
            if (account == null) {
                var known = stored.get(record.number());
                account = known == null ? null : Account.stored(record.number(), known.revision(), known.sequence());
            }
            if (account == null) {
                account = Account.open(record, now);
                metrics.imported("created");
            } else if (!account.apply(record, now)) {
                stale++;
                metrics.imported("stale");
                log.debug(
                        "{}: revision {} not above the applied {}, ignored",
                        account,
                        record.revision(),
                        account.backofficeRevision());
                continue;
            } else {
                metrics.imported("updated");
            }
            current.put(account.number(), account);
            changed.put(account.number(), account);
            events.add(new Outbox.Keyed(account.number(), AccountChangedV1.of(account)));
        }
        long t1 = System.nanoTime();
        table.write(
                changed.values(),
                stored.keySet().stream().filter(changed::containsKey).toList());
        long t2 = System.nanoTime();
        outbox.publishAll(TOPIC, AccountChangedV1.TYPE, events);
        if (log.isDebugEnabled()) {
            // where a batch's time goes (docs/adr/0031; AccountImportConsumerBench logs these at debug)
            log.debug(
                    "recordAll {} records: lock and apply {} ms, account rows {} ms, outbox {} ms",
                    records.size(),
                    (t1 - t0) / 1_000_000,
                    (t2 - t1) / 1_000_000,
                    (System.nanoTime() - t2) / 1_000_000);
        }
        if (stale > 0) {
            log.info("{} of {} account records not above the revision applied, ignored", stale, records.size());
        }
        return events.size();
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
