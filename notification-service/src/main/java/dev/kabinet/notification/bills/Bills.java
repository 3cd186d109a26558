package dev.kabinet.notification.bills;

import dev.kabinet.notification.contacts.Contact;
import dev.kabinet.notification.contacts.Contacts;
import dev.kabinet.notification.deliveries.Deliveries;
import dev.kabinet.notification.deliveries.IssuedReceipt;
import dev.kabinet.notification.deliveries.Language;
import dev.kabinet.notification.deliveries.NoticeTemplates;
import dev.kabinet.platform.security.AccountAccess;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What notification does with a bill billing issued (NT-4, NT-3; docs/adr/0035): e-mails it, the PDF attached when it
 * leaves, to an owner who chose the bill by e-mail — once per account and period, whatever redelivery or reissue of
 * the event comes — and remembers the account's closing debt and due date for the debt reminders. Payments the
 * cabinet learns of lower the remembered debt.
 */
@Service
public class Bills {

    private static final Logger log = LoggerFactory.getLogger(Bills.class);

    private final Contacts contacts;
    private final Deliveries deliveries;
    private final NoticeTemplates templates;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    Bills(Contacts contacts, Deliveries deliveries, NoticeTemplates templates, JdbcTemplate jdbc, Clock clock) {
        this.contacts = contacts;
        this.deliveries = deliveries;
        this.templates = templates;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Bill {@code receipt} was issued, as event {@code eventId}: the debt remembered (a later period replaces an
     * earlier one, never the reverse) and the e-bill recorded when the owner chose it.
     *
     * @return whether an e-bill was recorded
     */
    @Transactional
    public boolean issued(UUID eventId, IssuedReceipt receipt) {
        jdbc.update(
                """
                insert into account_debt (account_number, period, debt_kopecks, due_date)
                values (?, ?, ?, ?)
                on conflict (account_number) do update set
                    period = excluded.period, debt_kopecks = excluded.debt_kopecks, due_date = excluded.due_date,
                    reminded_at = null
                where account_debt.period < excluded.period
                """,
                receipt.accountNumber(),
                receipt.period().toString(),
                receipt.debtKopecks(),
                Date.valueOf(receipt.dueDate()));
        var contact = contacts.of(receipt.accountNumber()).filter(Contact::wantsEBill);
        if (contact.isEmpty()) {
            return false;
        }
        int first = jdbc.update(
                "insert into ebill (account_number, period, event_id, created_at) values (?, ?, ?, ?)"
                        + " on conflict do nothing",
                receipt.accountNumber(),
                receipt.period().toString(),
                eventId,
                Timestamp.from(clock.instant()));
        if (first == 0) {
            log.info(
                    "Event {}: the e-bill of account {} for {} was recorded before, nothing sent",
                    eventId,
                    AccountAccess.mask(receipt.accountNumber()),
                    receipt.period());
            return false;
        }
        var notice = templates.eBill(receipt, Language.of(contact.get().language()));
        deliveries.deliverEBill(eventId, receipt, contact.get().email(), notice);
        return true;
    }

    /** A payment of {@code kopecks} on the account (NT-5): the remembered debt is lower by it. */
    @Transactional
    public void paid(String accountNumber, long kopecks) {
        jdbc.update(
                "update account_debt set debt_kopecks = debt_kopecks - ? where account_number = ?",
                kopecks,
                accountNumber);
    }
}
