package dev.kabinet.billing.closing;

import dev.kabinet.billing.penalties.KeyRateHistory;
import dev.kabinet.billing.settlements.Settlements;
import dev.kabinet.billing.system.BillingProperties;
import dev.kabinet.billing.tariffs.Normative;
import dev.kabinet.billing.tariffs.TariffSchedule;
import dev.kabinet.billing.tariffs.Tariffs;
import dev.kabinet.billing.tariffs.UtilityService;
import dev.kabinet.platform.messaging.Outbox;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The monthly period close (issue #9, docs/adr/0023). {@link #start} splits the accounts into chunks; every billing
 * instance's workers then {@link #closeNextChunk claim} chunks with {@code for update skip locked} and close each in
 * one transaction — the accounts' settlements per line ({@link AccountClose}), the closed-account rows, the
 * {@code billing.ReceiptIssued.v1} events in the outbox and the chunk marked done — so a crash rolls the chunk back
 * and a rerun closes it once. The last chunk done lets {@link #finish} mark the period closed and publish
 * {@code billing.PeriodClosed.v1}.
 */
@Service
public class PeriodClosing {

    public static final String TOPIC = "billing.period-closes";

    private static final Logger log = LoggerFactory.getLogger(PeriodClosing.class);

    private final JdbcTemplate jdbc;
    private final ClosingData data;
    private final Tariffs tariffs;
    private final KeyRateHistory keyRates;
    private final Outbox outbox;
    private final BillingProperties properties;
    private final Clock clock;
    private final TransactionTemplate transactions;

    PeriodClosing(
            JdbcTemplate jdbc,
            ClosingData data,
            Tariffs tariffs,
            KeyRateHistory keyRates,
            Outbox outbox,
            BillingProperties properties,
            Clock clock,
            TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.data = data;
        this.tariffs = tariffs;
        this.keyRates = keyRates;
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
        this.transactions = transactions;
    }

    /** A chunk: accounts {@code first} .. {@code last} of the period's close; {@code closed} of them closed by us. */
    public record Chunk(YearMonth period, int number, String first, String last, int closed) {}

    /**
     * Starts the close of {@code period}: splits the accounts to close (open, or closed during the period or later)
     * into chunks of {@code kabinet.billing.close.chunk-size}. Starting a close that runs already changes nothing.
     *
     * @throws PeriodNotEnded for the current month or a later one (the utility's)
     * @throws PeriodAlreadyClosed when the period is closed
     */
    @Transactional
    public PeriodCloseStatus start(YearMonth period, String startedBy) {
        var today = LocalDate.ofInstant(clock.instant(), properties.timeZone());
        if (!period.isBefore(YearMonth.from(today))) {
            throw new PeriodNotEnded(period.toString());
        }
        var day = Date.valueOf(period.atDay(1));
        int created = jdbc.update(
                "insert into period_close (period, status, accounts_total, chunks_total, started_at, started_by)"
                        + " values (?, 'RUNNING', 0, 0, ?, ?) on conflict (period) do nothing",
                day,
                Timestamp.from(clock.instant()),
                startedBy);
        if (created == 0) {
            var status = status(period).orElseThrow();
            if (status.state() == PeriodCloseStatus.State.CLOSED) {
                throw new PeriodAlreadyClosed(period.toString());
            }
            return status;
        }
        int size = properties.close().chunkSize();
        jdbc.update("""
                insert into period_close_chunk (period, chunk, first_account, last_account, accounts)
                select ?, chunk, min(account_number), max(account_number), count(*)
                from (select account_number, (row_number() over (order by account_number) - 1) / ? as chunk
                      from billed_account where not closed or closed_on >= ?) as a
                group by chunk
                """, day, size, day);
        jdbc.update("""
                update period_close p set
                    accounts_total = (select coalesce(sum(accounts), 0) from period_close_chunk c where c.period = p.period),
                    chunks_total = (select count(*) from period_close_chunk c where c.period = p.period)
                where p.period = ?
                """, day);
        var status = status(period).orElseThrow();
        log.info(
                "Close of {} started by {}: {} account(s) in {} chunk(s)",
                period,
                startedBy,
                status.accountsTotal(),
                status.chunksTotal());
        return status;
    }

    /** Where the close of {@code period} stands; empty when none was started. */
    @Transactional(readOnly = true)
    public Optional<PeriodCloseStatus> status(YearMonth period) {
        return jdbc
                .query(
                        """
                        select p.status, p.accounts_total, p.chunks_total, p.started_at, p.started_by, p.finished_at,
                            coalesce(sum(c.accounts) filter (where c.done_at is not null), 0) as accounts_done,
                            count(*) filter (where c.done_at is not null) as chunks_done
                        from period_close p left join period_close_chunk c on c.period = p.period
                        where p.period = ?
                        group by p.period
                        """,
                        (row, i) -> new PeriodCloseStatus(
                                period,
                                PeriodCloseStatus.State.valueOf(row.getString("status")),
                                row.getLong("accounts_total"),
                                row.getLong("accounts_done"),
                                row.getInt("chunks_total"),
                                row.getInt("chunks_done"),
                                row.getTimestamp("started_at").toInstant(),
                                row.getString("started_by"),
                                row.getTimestamp("finished_at") == null
                                        ? null
                                        : row.getTimestamp("finished_at").toInstant()),
                        Date.valueOf(period.atDay(1)))
                .stream()
                .findFirst();
    }

    /** The periods whose close runs, oldest first. */
    @Transactional(readOnly = true)
    public List<YearMonth> running() {
        return jdbc.query(
                "select period from period_close where status = 'RUNNING' order by period",
                (row, i) -> YearMonth.from(row.getObject(1, LocalDate.class)));
    }

    /** The latest close started, if any (for the gauges). */
    @Transactional(readOnly = true)
    public Optional<PeriodCloseStatus> latest() {
        return jdbc
                .query(
                        "select period from period_close order by started_at desc limit 1",
                        (row, i) -> YearMonth.from(row.getObject(1, LocalDate.class)))
                .stream()
                .findFirst()
                .flatMap(this::status);
    }

    /**
     * Claims the next chunk of the period's close nobody holds, closes its accounts and marks it done, all in one
     * transaction.
     *
     * @return the chunk closed; empty when no chunk is left to claim (all done, or held by other workers)
     */
    public Optional<Chunk> closeNextChunk(YearMonth period, String worker) {
        return closeNextChunk(period, worker, chunk -> {});
    }

    /** As {@link #closeNextChunk(YearMonth, String)}, calling {@code beforeCommit} with the chunk before it commits. */
    Optional<Chunk> closeNextChunk(YearMonth period, String worker, Consumer<Chunk> beforeCommit) {
        var rules = rules(period);
        return Optional.ofNullable(transactions.execute(tx -> {
            var chunk = claim(period);
            if (chunk == null) {
                return null;
            }
            long t0 = System.nanoTime();
            var inputs = data.inputs(chunk.first(), chunk.last(), period);
            long t1 = System.nanoTime();
            var results = new ArrayList<AccountClose.Result>(inputs.size());
            var events = new ArrayList<Outbox.Keyed>(inputs.size());
            var now = clock.instant();
            for (var input : inputs) {
                var result = AccountClose.close(input, period, rules);
                if (!result.unpriced().isEmpty()) {
                    log.warn(
                            "Account {} closed for {} without a tariff for {}",
                            dev.kabinet.platform.security.AccountAccess.mask(result.accountNumber()),
                            period,
                            result.unpriced());
                }
                results.add(result);
                events.add(new Outbox.Keyed(
                        result.accountNumber(), ReceiptIssuedV1.of(result, now, properties.paymentDueDay())));
            }
            long t2 = System.nanoTime();
            data.write(results, period, now, worker);
            long t3 = System.nanoTime();
            outbox.publishAll(TOPIC, ReceiptIssuedV1.TYPE, events);
            long t4 = System.nanoTime();
            log.debug(
                    "Chunk {} of {}: {} account(s); read {} ms, closed {} ms, settlements {} ms, outbox {} ms",
                    chunk.number(),
                    period,
                    results.size(),
                    (t1 - t0) / 1_000_000,
                    (t2 - t1) / 1_000_000,
                    (t3 - t2) / 1_000_000,
                    (t4 - t3) / 1_000_000);
            jdbc.update(
                    "update period_close_chunk set done_at = ?, done_by = ? where period = ? and chunk = ?",
                    Timestamp.from(now),
                    worker,
                    Date.valueOf(period.atDay(1)),
                    chunk.number());
            var done = new Chunk(period, chunk.number(), chunk.first(), chunk.last(), results.size());
            beforeCommit.accept(done);
            return done;
        }));
    }

    private @Nullable Chunk claim(YearMonth period) {
        return jdbc
                .query(
                        """
                        select chunk, first_account, last_account from period_close_chunk
                        where period = ? and done_at is null order by chunk limit 1 for update skip locked
                        """,
                        (row, i) -> new Chunk(period, row.getInt(1), row.getString(2), row.getString(3), 0),
                        Date.valueOf(period.atDay(1)))
                .stream()
                .findFirst()
                .orElse(null);
    }

    /**
     * Marks the close of {@code period} closed when every chunk is done, and publishes {@code billing.PeriodClosed.v1}
     * with it; once: of several workers finishing together, one does.
     *
     * @return whether this call closed it
     */
    @Transactional
    public boolean finish(YearMonth period) {
        var day = Date.valueOf(period.atDay(1));
        var now = clock.instant();
        var started = jdbc.query("""
                update period_close set status = 'CLOSED', finished_at = ?
                where period = ? and status = 'RUNNING'
                  and not exists (select 1 from period_close_chunk where period = ? and done_at is null)
                returning started_at
                """, (row, i) -> row.getTimestamp(1).toInstant(), Timestamp.from(now), day, day);
        if (started.isEmpty()) {
            return false;
        }
        var totals = jdbc.queryForMap(
                "select count(*) as accounts, coalesce(sum(total_kopecks), 0) as total from closed_account where period = ?",
                day);
        long accounts = ((Number) totals.get("accounts")).longValue();
        long total = ((Number) totals.get("total")).longValue();
        outbox.publish(
                TOPIC,
                period.toString(),
                PeriodClosedV1.TYPE,
                new PeriodClosedV1(period.toString(), started.getFirst(), now, accounts, total));
        log.info("Period {} closed: {} account(s), {} kopecks to pay", period, accounts, total);
        return true;
    }

    /** What every account of the close shares, read once per chunk. */
    private AccountClose.Rules rules(YearMonth period) {
        var schedules = new EnumMap<UtilityService, TariffSchedule>(UtilityService.class);
        for (var service : UtilityService.values()) {
            schedules.put(service, tariffs.scheduleOf(service));
        }
        var normatives = new ConcurrentHashMap<String, Optional<BigDecimal>>();
        return new AccountClose.Rules(
                Map.copyOf(schedules),
                (service, p) ->
                        normatives.computeIfAbsent(service + "@" + p, k -> tariffs.normativeOn(service, p.atDay(1))
                                .map(Normative::perResidentPerMonth)),
                keyRates.all(),
                Settlements.rules(properties.penalty()),
                properties.paymentDueDay());
    }

    /** The month just ended in the utility's time zone: the one the schedule closes. */
    public YearMonth lastEndedPeriod() {
        return YearMonth.from(LocalDate.ofInstant(clock.instant(), properties.timeZone()))
                .minusMonths(1);
    }
}
