package dev.kabinet.notification.bills;

import dev.kabinet.notification.contacts.Contacts;
import dev.kabinet.notification.deliveries.Deliveries;
import dev.kabinet.notification.deliveries.Language;
import dev.kabinet.notification.deliveries.NoticeTemplates;
import dev.kabinet.notification.system.NotificationProperties;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Debt reminders on a schedule (NT-3; {@code kabinet.notification.reminders.cron}): an account whose last bill left a
 * debt (its closing balance, lowered by the payments notification learnt of) past the due date (plus
 * {@code grace-days}) is reminded once per bill — in the cabinet, and by e-mail and SMS as the owner chose informing;
 * an SMS waits for the end of the quiet hours like every informing SMS. The reminder's idempotency key is derived from
 * the account and period, so a second run, or another instance, sends nothing twice.
 */
@Service
public class DebtReminders {

    private static final Logger log = LoggerFactory.getLogger(DebtReminders.class);
    private static final int CHUNK = 500;

    private final JdbcTemplate jdbc;
    private final Contacts contacts;
    private final Deliveries deliveries;
    private final NoticeTemplates templates;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final NotificationProperties properties;

    DebtReminders(
            JdbcTemplate jdbc,
            Contacts contacts,
            Deliveries deliveries,
            NoticeTemplates templates,
            TransactionTemplate transactions,
            Clock clock,
            NotificationProperties properties) {
        this.jdbc = jdbc;
        this.contacts = contacts;
        this.deliveries = deliveries;
        this.templates = templates;
        this.transactions = transactions;
        this.clock = clock;
        this.properties = properties;
    }

    @Scheduled(
            cron = "${kabinet.notification.reminders.cron:0 0 10 * * *}",
            zone = "${kabinet.notification.time-zone:Europe/Moscow}")
    void onSchedule() {
        remindDue();
    }

    /** Reminds every account due a reminder now; how many were reminded. */
    public int remindDue() {
        int total = 0;
        int reminded;
        do {
            Integer chunk = transactions.execute(tx -> remindChunk());
            reminded = chunk == null ? 0 : chunk;
            total += reminded;
        } while (reminded == CHUNK);
        if (total > 0) {
            log.info("Debt reminders: {} accounts reminded", total);
        }
        return total;
    }

    private int remindChunk() {
        var today = LocalDate.now(clock.withZone(properties.timeZone()));
        var lastDue = today.minusDays(properties.reminders().graceDays() + 1L);
        var due = jdbc.query(
                "select account_number, period, debt_kopecks, due_date from account_debt"
                        + " where reminded_at is null and debt_kopecks > 0 and due_date <= ?"
                        + " order by due_date, account_number limit ? for update skip locked",
                (rs, i) -> new Debt(
                        rs.getString(1),
                        YearMonth.parse(rs.getString(2)),
                        rs.getLong(3),
                        rs.getDate(4).toLocalDate()),
                Date.valueOf(lastDue),
                CHUNK);
        var now = clock.instant();
        for (var debt : due) {
            var contact = contacts.of(debt.accountNumber()).orElse(null);
            var language = contact == null ? Language.RU : Language.of(contact.language());
            var notice = templates.debtReminder(
                    debt.accountNumber(), debt.period(), debt.kopecks(), debt.dueDate(), language);
            var eventId = UUID.nameUUIDFromBytes(
                    ("debt-reminder:" + debt.accountNumber() + ":" + debt.period()).getBytes(StandardCharsets.UTF_8));
            if (deliveries.ofEvent(eventId).isEmpty()) {
                deliveries.deliver(eventId, debt.accountNumber(), contact, notice);
            }
            jdbc.update(
                    "update account_debt set reminded_at = ? where account_number = ?",
                    Timestamp.from(now),
                    debt.accountNumber());
        }
        return due.size();
    }

    private record Debt(String accountNumber, YearMonth period, long kopecks, LocalDate dueDate) {}
}
