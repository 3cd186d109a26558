package dev.kabinet.billing.settlements;

import dev.kabinet.billing.settlements.LineSettlement.LinePayment;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The repository of {@link LineSettlement}s (BL-1): one row per account, line and period, its payments as rows of
 * their own; saved whole with an optimistic version, so two writers of the same settlement never both win.
 */
@Repository
public class LineSettlements {

    private final JdbcTemplate jdbc;

    LineSettlements(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Saves the settlement and its payments.
     *
     * @throws OptimisticLockingFailureException when it changed since it was read (or was created meanwhile)
     */
    @Transactional
    public void save(LineSettlement settlement) {
        var period = Date.valueOf(settlement.period().atDay(1));
        if (settlement.version() == null) {
            int inserted = jdbc.update(
                    """
                    insert into line_settlement (account_number, line_code, period, opening_kopecks, charges_kopecks,
                        recalculations_kopecks, version)
                    values (?, ?, ?, ?, ?, ?, 0) on conflict do nothing
                    """,
                    settlement.accountNumber(),
                    settlement.lineCode(),
                    period,
                    settlement.openingKopecks(),
                    settlement.chargesKopecks(),
                    settlement.recalculationsKopecks());
            if (inserted == 0) {
                throw new OptimisticLockingFailureException("Settlement created meanwhile");
            }
        } else {
            int updated = jdbc.update(
                    """
                    update line_settlement set charges_kopecks = ?, recalculations_kopecks = ?, version = version + 1
                    where account_number = ? and line_code = ? and period = ? and version = ?
                    """,
                    settlement.chargesKopecks(),
                    settlement.recalculationsKopecks(),
                    settlement.accountNumber(),
                    settlement.lineCode(),
                    period,
                    settlement.version());
            if (updated == 0) {
                throw new OptimisticLockingFailureException("Settlement changed meanwhile");
            }
        }
        for (var payment : settlement.payments()) {
            jdbc.update(
                    """
                    insert into line_settlement_payment (account_number, line_code, period, payment_id, paid_on, kopecks)
                    values (?, ?, ?, ?, ?, ?) on conflict do nothing
                    """,
                    settlement.accountNumber(),
                    settlement.lineCode(),
                    period,
                    payment.paymentId(),
                    Date.valueOf(payment.paidOn()),
                    payment.kopecks());
        }
    }

    /** The settlement of a line in a period, if any. */
    @Transactional(readOnly = true)
    public Optional<LineSettlement> find(String accountNumber, String lineCode, YearMonth period) {
        return history(accountNumber, lineCode).stream()
                .filter(s -> s.period().equals(period))
                .findFirst();
    }

    /** Every settlement of a line, oldest period first. */
    @Transactional(readOnly = true)
    public List<LineSettlement> history(String accountNumber, String lineCode) {
        return query("where s.account_number = ? and s.line_code = ?", accountNumber, lineCode);
    }

    /** The latest settlement of each line of the account, in line code order. */
    @Transactional(readOnly = true)
    public List<LineSettlement> latest(String accountNumber) {
        var latest = new HashMap<String, LineSettlement>();
        for (var settlement : query("where s.account_number = ?", accountNumber)) {
            latest.put(settlement.lineCode(), settlement); // ordered by period: the last one stays
        }
        return latest.values().stream()
                .sorted(java.util.Comparator.comparing(LineSettlement::lineCode))
                .toList();
    }

    private List<LineSettlement> query(String where, Object... args) {
        var payments = new HashMap<String, List<LinePayment>>();
        jdbc.query(
                "select p.* from line_settlement_payment p join line_settlement s using (account_number, line_code, period) "
                        + where + " order by p.paid_on, p.payment_id",
                row -> {
                    payments.computeIfAbsent(
                                    key(row.getString("line_code"), row.getObject("period", LocalDate.class)),
                                    k -> new ArrayList<>())
                            .add(new LinePayment(
                                    row.getObject("payment_id", UUID.class),
                                    row.getObject("paid_on", LocalDate.class),
                                    row.getLong("kopecks")));
                },
                args);
        return jdbc.query(
                "select s.* from line_settlement s " + where + " order by s.period",
                (row, i) -> {
                    var period = row.getObject("period", LocalDate.class);
                    return new LineSettlement(
                            row.getString("account_number"),
                            row.getString("line_code"),
                            YearMonth.from(period),
                            row.getLong("opening_kopecks"),
                            row.getLong("charges_kopecks"),
                            row.getLong("recalculations_kopecks"),
                            payments.getOrDefault(key(row.getString("line_code"), period), List.of()),
                            row.getInt("version"));
                },
                args);
    }

    private static String key(String lineCode, LocalDate period) {
        return lineCode + "@" + period;
    }
}
