package dev.kabinet.billing.receipts;

import dev.kabinet.billing.system.BillingProperties;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stand-in for the monthly close's record of closed periods (ADR 0024): a period is closed when it is before the
 * current month in the utility's time zone and billing has settlement rows of the account for it. Steps aside as soon
 * as another {@link ClosedPeriods} bean exists (the close's).
 */
@Component
@ConditionalOnMissingBean(value = ClosedPeriods.class, ignored = SettledPeriodsBeforeCurrentMonth.class)
class SettledPeriodsBeforeCurrentMonth implements ClosedPeriods {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final BillingProperties properties;

    SettledPeriodsBeforeCurrentMonth(JdbcTemplate jdbc, Clock clock, BillingProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    @Override
    @Transactional(readOnly = true)
    public List<YearMonth> of(String accountNumber, int limit) {
        var currentMonth = YearMonth.from(LocalDate.ofInstant(clock.instant(), properties.timeZone()));
        return jdbc.query(
                "select distinct period from line_settlement where account_number = ? and period < ?"
                        + " order by period desc limit ?",
                (row, i) -> YearMonth.from(row.getObject("period", LocalDate.class)),
                accountNumber,
                Date.valueOf(currentMonth.atDay(1)),
                limit);
    }
}
