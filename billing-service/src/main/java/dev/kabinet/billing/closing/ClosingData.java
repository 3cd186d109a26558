package dev.kabinet.billing.closing;

import dev.kabinet.billing.accounts.AccountChargeLine;
import dev.kabinet.billing.accounts.BilledAccount;
import dev.kabinet.billing.accounts.BilledMeter;
import dev.kabinet.billing.accounts.BilledService;
import dev.kabinet.billing.accounts.ChargeKind;
import dev.kabinet.billing.consumption.AcceptedReading;
import dev.kabinet.billing.settlements.LineSettlement;
import dev.kabinet.billing.tariffs.TariffZone;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The close's reads and writes of one chunk of accounts, set-based (docs/adr/0023): a handful of range queries read
 * every account, line, meter, reading and settlement of the chunk, and one {@code insert … select from unnest(…)} per
 * table writes the settlements and the closed accounts, whatever the chunk's size.
 */
@Repository
class ClosingData {

    private final JdbcTemplate jdbc;

    ClosingData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The inputs of the accounts {@code first} .. {@code last} to close for {@code period}: open, or closed on a day of
     * the period or later (their final charges); not closed for this period yet.
     */
    List<AccountClose.Input> inputs(String first, String last, YearMonth period) {
        var start = Date.valueOf(period.atDay(1));
        var end = Date.valueOf(period.plusMonths(1).atDay(1));
        // the accounts closed already (by an earlier close of this chunk that committed): a range scan of the key
        var closed = new java.util.HashSet<String>(jdbc.queryForList(
                "select account_number from closed_account where account_number between ? and ? and period = ?",
                String.class,
                first,
                last,
                start));
        var accounts = new LinkedHashMap<String, Object[]>();
        jdbc.query(
                """
                select a.account_number, a.sequence, a.closed, a.closed_on, a.flat_area, a.house_area, a.residents
                from billed_account a
                where a.account_number between ? and ? and (not a.closed or a.closed_on >= ?)
                order by a.account_number
                """,
                row -> {
                    if (closed.contains(row.getString(1))) {
                        return;
                    }
                    accounts.put(row.getString(1), new Object[] {
                        row.getLong(2),
                        row.getBoolean(3),
                        row.getObject(4, LocalDate.class),
                        row.getBigDecimal(5),
                        row.getBigDecimal(6),
                        row.getObject(7, Integer.class)
                    });
                },
                first,
                last,
                start);
        if (accounts.isEmpty()) {
            return List.of();
        }
        var lines = new HashMap<String, List<AccountChargeLine>>();
        jdbc.query(
                "select account_number, code, service, kind, name from billed_account_charge_line"
                        + " where account_number between ? and ? order by account_number, position",
                row -> {
                    lines.computeIfAbsent(row.getString(1), k -> new ArrayList<>())
                            .add(new AccountChargeLine(
                                    row.getString(2),
                                    BilledService.valueOf(row.getString(3)),
                                    ChargeKind.valueOf(row.getString(4)),
                                    row.getString(5)));
                },
                first,
                last);
        var meters = new HashMap<String, List<BilledMeter>>();
        jdbc.query(
                "select account_number, meter_id, service, zones, digit_capacity, decimals, retired from billed_meter"
                        + " where account_number between ? and ? and not retired",
                row -> {
                    meters.computeIfAbsent(row.getString(1), k -> new ArrayList<>())
                            .add(new BilledMeter(
                                    row.getLong(2),
                                    BilledService.valueOf(row.getString(3)),
                                    List.of(row.getString(4).split(",")),
                                    row.getInt(5),
                                    row.getInt(6),
                                    row.getBoolean(7)));
                },
                first,
                last);
        var received = new HashMap<UUID, java.time.Instant>();
        var readings = readings(first, last, end, received);
        var settlements = settlements(first, last, period);
        var previousClose = new HashMap<String, java.time.Instant>();
        jdbc.query(
                "select account_number, max(closed_at) from line_settlement"
                        + " where account_number between ? and ? and period < ? and closed_at is not null"
                        + " group by account_number",
                row -> {
                    previousClose.put(row.getString(1), row.getTimestamp(2).toInstant());
                },
                first,
                last,
                Date.valueOf(period.atDay(1)));
        var inputs = new ArrayList<AccountClose.Input>(accounts.size());
        accounts.forEach((number, a) -> inputs.add(new AccountClose.Input(
                new BilledAccount(
                        number,
                        (Long) a[0],
                        (Boolean) a[1],
                        (LocalDate) a[2],
                        (BigDecimal) a[3],
                        (BigDecimal) a[4],
                        (Integer) a[5],
                        Set.of(),
                        lines.getOrDefault(number, List.of()),
                        meters.getOrDefault(number, List.of())),
                readings.getOrDefault(number, Map.of()),
                settlements.getOrDefault(number, Map.of()),
                received,
                Optional.ofNullable(previousClose.get(number)))));
        return inputs;
    }

    /**
     * account -> meter -> its accepted readings taken before {@code end}, oldest first. Two range reads, the values by
     * the readings' keys, so the cost is the chunk's whatever the table's size. Fills {@code received} with when billing
     * received each reading that says so (late readings, docs/adr/0037).
     */
    private Map<String, Map<Long, List<AcceptedReading>>> readings(
            String first, String last, Date end, Map<UUID, java.time.Instant> received) {
        var ids = new ArrayList<UUID>();
        var rows = new HashMap<UUID, Object[]>();
        jdbc.query(
                """
                select reading_id, account_number, meter_id, taken_on, received_at from accepted_reading
                where account_number between ? and ? and taken_on < ?
                order by account_number, meter_id, taken_on, taken_at, reading_id
                """,
                row -> {
                    var id = row.getObject(1, UUID.class);
                    ids.add(id);
                    rows.put(id, new Object[] {row.getString(2), row.getLong(3), row.getObject(4, LocalDate.class)});
                    var at = row.getTimestamp(5);
                    if (at != null) {
                        received.put(id, at.toInstant());
                    }
                },
                first,
                last,
                end);
        var result = new HashMap<String, Map<Long, List<AcceptedReading>>>();
        if (ids.isEmpty()) {
            return result;
        }
        var values = new HashMap<UUID, Map<TariffZone, BigDecimal>>();
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            try (var statement = connection.prepareStatement(
                    "select reading_id, zone, value from accepted_reading_value where reading_id = any(?)")) {
                statement.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
                try (var row = statement.executeQuery()) {
                    while (row.next()) {
                        values.computeIfAbsent(row.getObject(1, UUID.class), k -> new EnumMap<>(TariffZone.class))
                                .put(TariffZone.valueOf(row.getString(2)), row.getBigDecimal(3));
                    }
                }
            }
            return null;
        });
        for (var id : ids) {
            var r = rows.get(id);
            result.computeIfAbsent((String) r[0], k -> new HashMap<>())
                    .computeIfAbsent((Long) r[1], k -> new ArrayList<>())
                    .add(new AcceptedReading(id, (Long) r[1], (LocalDate) r[2], values.getOrDefault(id, Map.of())));
        }
        return result;
    }

    /** account -> line -> its settlements up to {@code period}, oldest first, payments included. */
    private Map<String, Map<String, List<LineSettlement>>> settlements(String first, String last, YearMonth period) {
        var upTo = Date.valueOf(period.atDay(1));
        var payments = new HashMap<String, List<Object[]>>();
        jdbc.query(
                "select account_number, line_code, period, payment_id, paid_on, kopecks from line_settlement_payment"
                        + " where account_number between ? and ? and period <= ? order by paid_on, payment_id",
                row -> {
                    payments.computeIfAbsent(
                                    row.getString(1) + "|" + row.getString(2) + "|" + row.getObject(3, LocalDate.class),
                                    k -> new ArrayList<>())
                            .add(new Object[] {
                                row.getObject(4, UUID.class), row.getObject(5, LocalDate.class), row.getLong(6)
                            });
                },
                first,
                last,
                upTo);
        var result = new HashMap<String, Map<String, List<LineSettlement>>>();
        jdbc.query(
                "select account_number, line_code, period, opening_kopecks, charges_kopecks, recalculations_kopecks"
                        + " from line_settlement where account_number between ? and ? and period <= ?"
                        + " order by account_number, line_code, period",
                row -> {
                    var number = row.getString(1);
                    var code = row.getString(2);
                    var day = row.getObject(3, LocalDate.class);
                    var settlement = LineSettlement.open(number, code, YearMonth.from(day), row.getLong(4));
                    settlement.charge(row.getLong(5));
                    settlement.recalculate(row.getLong(6));
                    for (var p : payments.getOrDefault(number + "|" + code + "|" + day, List.of())) {
                        settlement.pay((UUID) p[0], (LocalDate) p[1], (Long) p[2]);
                    }
                    result.computeIfAbsent(number, k -> new HashMap<>())
                            .computeIfAbsent(code, k -> new ArrayList<>())
                            .add(settlement);
                },
                first,
                last,
                upTo);
        return result;
    }

    /**
     * Writes the period's settlement of every line closed (opening, charges, recalculations, closing; payments stay)
     * and marks each account closed; one statement each. A second close of an account fails on closed_account's key.
     */
    void write(List<AccountClose.Result> results, YearMonth period, Instant closedAt, String worker) {
        int lines = results.stream().mapToInt(r -> r.lines().size()).sum();
        var accounts = new String[lines];
        var codes = new String[lines];
        var opening = new Long[lines];
        var charges = new Long[lines];
        var recalculations = new Long[lines];
        var closing = new Long[lines];
        int i = 0;
        for (var result : results) {
            for (var line : result.lines()) {
                var s = line.settlement();
                accounts[i] = result.accountNumber();
                codes[i] = line.line().code();
                opening[i] = s.openingKopecks();
                charges[i] = s.chargesKopecks();
                recalculations[i] = s.recalculationsKopecks();
                closing[i] = s.closingKopecks();
                i++;
            }
        }
        var numbers = new String[results.size()];
        var totals = new Long[results.size()];
        var counts = new Integer[results.size()];
        for (int a = 0; a < results.size(); a++) {
            numbers[a] = results.get(a).accountNumber();
            totals[a] = results.get(a).totalToPayKopecks();
            counts[a] = results.get(a).lines().size();
        }
        var day = Date.valueOf(period.atDay(1));
        var at = Timestamp.from(closedAt);
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            try (var settlements = connection.prepareStatement("""
                    insert into line_settlement (account_number, line_code, period, opening_kopecks, charges_kopecks,
                        recalculations_kopecks, version, closing_kopecks, closed_at)
                    select a, c, ?, o, ch, r, 0, cl, ?
                    from unnest(?, ?, ?, ?, ?, ?) as t(a, c, o, ch, r, cl)
                    on conflict (account_number, line_code, period) do update set
                        opening_kopecks = excluded.opening_kopecks, charges_kopecks = excluded.charges_kopecks,
                        recalculations_kopecks = excluded.recalculations_kopecks,
                        closing_kopecks = excluded.closing_kopecks, closed_at = excluded.closed_at,
                        version = line_settlement.version + 1
                    """)) {
                settlements.setDate(1, day);
                settlements.setTimestamp(2, at);
                settlements.setArray(3, connection.createArrayOf("varchar", accounts));
                settlements.setArray(4, connection.createArrayOf("varchar", codes));
                settlements.setArray(5, connection.createArrayOf("bigint", opening));
                settlements.setArray(6, connection.createArrayOf("bigint", charges));
                settlements.setArray(7, connection.createArrayOf("bigint", recalculations));
                settlements.setArray(8, connection.createArrayOf("bigint", closing));
                settlements.executeUpdate();
            }
            try (var closed = connection.prepareStatement("""
                    insert into closed_account (account_number, period, total_kopecks, lines, closed_by)
                    select a, ?, t, l, ? from unnest(?, ?, ?) as u(a, t, l)
                    """)) {
                closed.setDate(1, day);
                closed.setString(2, worker);
                closed.setArray(3, connection.createArrayOf("varchar", numbers));
                closed.setArray(4, connection.createArrayOf("bigint", totals));
                closed.setArray(5, connection.createArrayOf("integer", counts));
                closed.executeUpdate();
            }
            return null;
        });
    }
}
