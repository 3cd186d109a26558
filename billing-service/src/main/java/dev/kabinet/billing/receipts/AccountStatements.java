package dev.kabinet.billing.receipts;

import dev.kabinet.billing.accounts.AccountChargeLine;
import dev.kabinet.billing.accounts.BilledAccounts;
import java.sql.Array;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the resident's billing pages read (BL-1, BL-2, BL-4): the settlements of every period per charge line, newest
 * period first, and the tariffs of the account's services. Read-only; the settlements are written by the calculation
 * and the close.
 */
@Service
public class AccountStatements {

    private final JdbcTemplate jdbc;
    private final BilledAccounts accounts;

    AccountStatements(JdbcTemplate jdbc, BilledAccounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    /** A charge line's settlement in a period, kopecks. */
    public record LineStatement(
            String code,
            String service,
            String kind,
            String name,
            long openingKopecks,
            long chargesKopecks,
            long recalculationsKopecks,
            long paymentsKopecks) {

        public long closingKopecks() {
            return openingKopecks + chargesKopecks + recalculationsKopecks - paymentsKopecks;
        }
    }

    /** A period's settlements, the lines in the account's receipt order. */
    public record PeriodStatement(YearMonth period, List<LineStatement> lines) {}

    /** A tariff of one of the account's services (BL-4). */
    public record TariffRow(
            String service,
            String scheme,
            String zone,
            @Nullable String unit,
            long kopecksPerUnit,
            LocalDate validFrom,
            @Nullable LocalDate validTo) {}

    /** Every period billing settled for the account, newest first; empty when none. */
    @Transactional(readOnly = true)
    public List<PeriodStatement> periods(String accountNumber) {
        var lines = new LinkedHashMap<String, AccountChargeLine>();
        accounts.find(accountNumber).ifPresent(a -> a.chargeLines().forEach(l -> lines.put(l.code(), l)));
        var order = new ArrayList<>(lines.keySet());
        var periods = new LinkedHashMap<YearMonth, List<LineStatement>>();
        jdbc.query(
                """
                select s.line_code, s.period, s.opening_kopecks, s.charges_kopecks, s.recalculations_kopecks,
                    coalesce((select sum(p.kopecks) from line_settlement_payment p
                        where p.account_number = s.account_number and p.line_code = s.line_code
                          and p.period = s.period), 0) as payments_kopecks
                from line_settlement s where s.account_number = ? order by s.period desc
                """,
                row -> {
                    var code = row.getString("line_code");
                    var line = lines.get(code);
                    periods.computeIfAbsent(
                                    YearMonth.from(row.getObject("period", LocalDate.class)), p -> new ArrayList<>())
                            .add(new LineStatement(
                                    code,
                                    line == null ? "OTHER" : line.service().name(),
                                    line == null ? "OTHER" : line.kind().name(),
                                    line == null ? code : line.name(),
                                    row.getLong("opening_kopecks"),
                                    row.getLong("charges_kopecks"),
                                    row.getLong("recalculations_kopecks"),
                                    row.getLong("payments_kopecks")));
                },
                accountNumber);
        Comparator<LineStatement> receiptOrder = Comparator.comparingInt(l -> {
            int at = order.indexOf(l.code());
            return at < 0 ? Integer.MAX_VALUE : at;
        });
        var result = new ArrayList<PeriodStatement>();
        for (Map.Entry<YearMonth, List<LineStatement>> entry : periods.entrySet()) {
            var sorted = new ArrayList<>(entry.getValue());
            sorted.sort(receiptOrder.thenComparing(LineStatement::code));
            result.add(new PeriodStatement(entry.getKey(), sorted));
        }
        return result;
    }

    /** The tariffs of the account's services, past, present and future, by service, scheme, zone and date. */
    @Transactional(readOnly = true)
    public List<TariffRow> tariffs(String accountNumber) {
        var services = accounts.find(accountNumber)
                .map(a -> a.services().stream().map(Enum::name).sorted().toList())
                .orElse(List.of());
        if (services.isEmpty()) {
            return List.of();
        }
        return jdbc.query(
                connection -> {
                    var statement = connection.prepareStatement("""
                            select service, scheme, zone, unit, kopecks_per_unit, valid_from, valid_to from tariff
                            where service = any (?) order by service, scheme, zone, valid_from
                            """);
                    Array array = connection.createArrayOf("varchar", services.toArray());
                    statement.setArray(1, array);
                    return statement;
                },
                (row, i) -> new TariffRow(
                        row.getString("service"),
                        row.getString("scheme"),
                        row.getString("zone"),
                        row.getString("unit"),
                        row.getLong("kopecks_per_unit"),
                        row.getObject("valid_from", LocalDate.class),
                        row.getObject("valid_to", LocalDate.class)));
    }
}
