package dev.kabinet.billing.accounts;

import dev.kabinet.platform.security.AccountAccess;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Billing's projection of the accounts account-service publishes (issue #7): each {@code account.AccountChanged.v1}
 * carries the whole account, so applying one replaces what billing had for it.
 */
@Service
public class BilledAccounts {

    private static final Logger log = LoggerFactory.getLogger(BilledAccounts.class);

    private final JdbcTemplate jdbc;

    BilledAccounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Applies a change of an account, unless its sequence is not above the one applied: an older or repeated change
     * changes nothing. The account's services and charge lines are replaced by the change's.
     *
     * @return whether the change was applied
     */
    @Transactional
    public boolean apply(BilledAccount change) {
        var number = change.accountNumber();
        int applied = jdbc.update(
                """
                insert into billed_account
                    (account_number, sequence, closed, closed_on, flat_area, house_area, residents)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (account_number) do update set
                    sequence = excluded.sequence, closed = excluded.closed, closed_on = excluded.closed_on,
                    flat_area = excluded.flat_area, house_area = excluded.house_area, residents = excluded.residents
                where billed_account.sequence < excluded.sequence
                """,
                number,
                change.sequence(),
                change.closed(),
                change.closedOn() == null ? null : Date.valueOf(change.closedOn()),
                change.flatArea(),
                change.houseArea(),
                change.residents());
        if (applied == 0) {
            log.debug(
                    "Change {} of account {} not above the one applied: ignored",
                    change.sequence(),
                    AccountAccess.mask(number));
            return false;
        }
        jdbc.update("delete from billed_account_service where account_number = ?", number);
        jdbc.update("delete from billed_account_charge_line where account_number = ?", number);
        jdbc.update("delete from billed_meter where account_number = ?", number);
        change.meters()
                .forEach(meter -> jdbc.update(
                        "insert into billed_meter (account_number, meter_id, service, zones, digit_capacity, decimals,"
                                + " retired) values (?, ?, ?, ?, ?, ?, ?)",
                        number,
                        meter.meterId(),
                        meter.service().name(),
                        String.join(",", meter.zones()),
                        meter.digitCapacity(),
                        meter.decimals(),
                        meter.retired()));
        change.services()
                .forEach(service -> jdbc.update(
                        "insert into billed_account_service (account_number, service) values (?, ?)",
                        number,
                        service.name()));
        var lines = change.chargeLines();
        for (int position = 0; position < lines.size(); position++) {
            var line = lines.get(position);
            jdbc.update(
                    "insert into billed_account_charge_line (account_number, code, service, kind, name, position)"
                            + " values (?, ?, ?, ?, ?, ?)",
                    number,
                    line.code(),
                    line.service().name(),
                    line.kind().name(),
                    line.name(),
                    position);
        }
        log.info(
                "Change {} of account {} applied: {} service(s), {} charge line(s){}",
                change.sequence(),
                AccountAccess.mask(number),
                change.services().size(),
                lines.size(),
                change.closed() ? ", closed" : "");
        return true;
    }

    /** The account as billing knows it; empty when no change of it has arrived (yet). */
    @Transactional(readOnly = true)
    public Optional<BilledAccount> find(String accountNumber) {
        var services = EnumSet.noneOf(BilledService.class);
        jdbc.query(
                "select service from billed_account_service where account_number = ?",
                row -> {
                    services.add(BilledService.valueOf(row.getString("service")));
                },
                accountNumber);
        var lines = jdbc.query(
                "select code, service, kind, name from billed_account_charge_line where account_number = ?"
                        + " order by position",
                (row, i) -> new AccountChargeLine(
                        row.getString("code"),
                        BilledService.valueOf(row.getString("service")),
                        ChargeKind.valueOf(row.getString("kind")),
                        row.getString("name")),
                accountNumber);
        var meters = meters(accountNumber);
        return jdbc
                .query(
                        "select * from billed_account where account_number = ?",
                        (row, i) -> new BilledAccount(
                                row.getString("account_number"),
                                row.getLong("sequence"),
                                row.getBoolean("closed"),
                                row.getObject("closed_on", LocalDate.class),
                                row.getObject("flat_area", BigDecimal.class),
                                row.getObject("house_area", BigDecimal.class),
                                row.getObject("residents", Integer.class),
                                services,
                                lines,
                                meters),
                        accountNumber)
                .stream()
                .findFirst();
    }

    /** The meters of an account as billing knows them; empty when none (or the account is not known yet). */
    @Transactional(readOnly = true)
    public List<BilledMeter> meters(String accountNumber) {
        return jdbc.query(
                "select * from billed_meter where account_number = ? order by meter_id",
                (row, i) -> new BilledMeter(
                        row.getLong("meter_id"),
                        BilledService.valueOf(row.getString("service")),
                        List.of(row.getString("zones").split(",")),
                        row.getInt("digit_capacity"),
                        row.getInt("decimals"),
                        row.getBoolean("retired")),
                accountNumber);
    }

    /** The meter {@code meterId} of the account, if billing knows it. */
    @Transactional(readOnly = true)
    public Optional<BilledMeter> meter(String accountNumber, long meterId) {
        return meters(accountNumber).stream()
                .filter(m -> m.meterId() == meterId)
                .findFirst();
    }
}
