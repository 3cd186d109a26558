package dev.kabinet.billing.closing;

import dev.kabinet.billing.receipts.ClosedPeriods;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The periods the monthly close has closed for an account (BL-3, ADR 0023, ADR 0024): its {@code closed_account} rows,
 * written in the same transaction as the account's closing balances and its {@code billing.ReceiptIssued.v1}. A period
 * whose close is still running is closed for the accounts already done and not yet for the others.
 */
@Component
class ClosedAccountPeriods implements ClosedPeriods {

    private final JdbcTemplate jdbc;

    ClosedAccountPeriods(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<YearMonth> of(String accountNumber, int limit) {
        return jdbc.query(
                "select period from closed_account where account_number = ? order by period desc limit ?",
                (row, i) -> YearMonth.from(row.getObject("period", LocalDate.class)),
                accountNumber,
                limit);
    }
}
