package dev.kabinet.billing.closing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kabinet.billing.accounts.AccountChargeLine;
import dev.kabinet.billing.accounts.BilledAccount;
import dev.kabinet.billing.accounts.BilledAccounts;
import dev.kabinet.billing.accounts.BilledMeter;
import dev.kabinet.billing.accounts.BilledService;
import dev.kabinet.billing.accounts.ChargeKind;
import dev.kabinet.billing.consumption.AcceptedReadings;
import dev.kabinet.billing.settlements.LineSettlement;
import dev.kabinet.billing.settlements.LineSettlements;
import dev.kabinet.billing.tariffs.TariffZone;
import dev.kabinet.platform.messaging.EventListeners;
import dev.kabinet.platform.test.EventContracts;
import dev.kabinet.platform.test.ServiceApi;
import dev.kabinet.platform.test.TestServersInitializer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * The monthly period close against real PostgreSQL, Kafka and Keycloak (issue #9, docs/adr/0023). A close takes every
 * account of the database, so this test runs in a schema of its own ({@code period_close_it}, migrated by Flyway like
 * the service's) with the event listeners stopped: only its own accounts are there. Every account is the hand-worked
 * October of {@link AccountCloseTest}: 1 000 ₽ debt + 200 kWh × 6,43 ₽ − 600 ₽ paid, penalty 3,61 ₽ on 189 ₽ owed,
 * 1 878,61 ₽ to pay.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:postgresql://${KABINET_DB_HOST}:${KABINET_DB_PORT}/${KABINET_DB_NAME}"
                    + "?currentSchema=" + PeriodCloseIT.SCHEMA,
            "spring.flyway.schemas=" + PeriodCloseIT.SCHEMA,
            "spring.flyway.default-schema=" + PeriodCloseIT.SCHEMA,
            "kabinet.billing.close.chunk-size=4",
            // the workers never poll during a test: the test drives the claim loops itself
            "kabinet.billing.close.poll-interval=1h",
            "KABINET_DB_POOL_SIZE=8"
        })
@ContextConfiguration(initializers = TestServersInitializer.class)
@DisplayName("BL-1 BL-5 the monthly period close: every account once, restartable, shared by two instances")
class PeriodCloseIT {

    static final String SCHEMA = "period_close_it";
    static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    static final int ACCOUNTS = 23; // 6 chunks of 4, the last one of 3
    static final long TO_PAY = 187_861;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PeriodClosing closing;

    @Autowired
    BilledAccounts accounts;

    @Autowired
    AcceptedReadings readings;

    @Autowired
    LineSettlements settlements;

    @Autowired
    EventListeners listeners;

    List<String> numbers;

    @BeforeEach
    void aDatabaseOfHandWorkedAccounts() {
        listeners.stop();
        jdbc.execute("truncate billed_account, line_settlement, period_close, closed_account, accepted_reading,"
                + " outbox_event, tariff cascade");
        jdbc.update("insert into tariff (service, scheme, zone, kopecks_per_unit, valid_from)"
                + " values ('ELECTRICITY', 'SINGLE', 'T1', 643, date '2026-01-01')");
        numbers = new ArrayList<>();
        for (int i = 0; i < ACCOUNTS; i++) {
            var number = String.format("78%011d", 1_000 + i);
            numbers.add(number);
            accounts.apply(new BilledAccount(
                    number,
                    1,
                    false,
                    null,
                    null,
                    null,
                    2,
                    Set.of(BilledService.ELECTRICITY),
                    List.of(
                            new AccountChargeLine(
                                    "EL", BilledService.ELECTRICITY, ChargeKind.CONSUMPTION, "Электроэнергия"),
                            new AccountChargeLine(
                                    "EL_ODN", BilledService.ELECTRICITY, ChargeKind.COMMON_HOUSE, "Электроэнергия ОДН"),
                            new AccountChargeLine("EL_PENALTY", BilledService.ELECTRICITY, ChargeKind.PENALTY, "Пени")),
                    List.of(new BilledMeter(101, BilledService.ELECTRICITY, List.of("T1"), 6, 1, false))));
            readings.accept(
                    UUID.randomUUID(),
                    number,
                    101,
                    Map.of(TariffZone.T1, new BigDecimal("1000.0")),
                    LocalDate.of(2026, 9, 25)
                            .atTime(12, 0)
                            .atZone(ZoneId.of("Europe/Moscow"))
                            .toInstant(),
                    "WEB");
            readings.accept(
                    UUID.randomUUID(),
                    number,
                    101,
                    Map.of(TariffZone.T1, new BigDecimal("1200.0")),
                    LocalDate.of(2026, 10, 25)
                            .atTime(12, 0)
                            .atZone(ZoneId.of("Europe/Moscow"))
                            .toInstant(),
                    "WEB");
            var august = LineSettlement.open(number, "EL", YearMonth.of(2026, 8), 0);
            august.charge(100_000);
            settlements.save(august);
            var september = august.next();
            settlements.save(september);
            var october = september.next();
            october.pay(UUID.randomUUID(), LocalDate.of(2026, 10, 15), 60_000);
            settlements.save(october);
            settlements.save(LineSettlement.open(number, "EL_PENALTY", YearMonth.of(2026, 9), 18_900));
        }
    }

    @Test
    @DisplayName("BL-1 an operator starts the close; every account closed once to its hand-worked balances,"
            + " receipts and PeriodClosed published through the outbox")
    void closesEveryAccountOnceAndPublishes() {
        var api = ServiceApi.on(port);
        var started = api.as("operator").post("/api/v1/operator/period-closes/2026-10", "");
        assertThat(started.status()).isEqualTo(202);
        assertThat(started.json().get("status").asString()).isEqualTo("RUNNING");
        assertThat(started.json().get("accountsTotal").asLong()).isEqualTo(ACCOUNTS);
        assertThat(started.json().get("chunksTotal").asInt()).isEqualTo(6);
        // starting again changes nothing
        assertThat(api.as("operator")
                        .post("/api/v1/operator/period-closes/2026-10", "")
                        .json()
                        .get("chunksTotal")
                        .asInt())
                .isEqualTo(6);

        closeAll("A");

        var status = api.as("operator").get("/api/v1/operator/period-closes/2026-10");
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.json().get("status").asString()).isEqualTo("CLOSED");
        assertThat(status.json().get("accountsDone").asLong()).isEqualTo(ACCOUNTS);
        assertThat(status.json().get("etaSeconds").asLong()).isZero();
        assertHandWorkedBalances();
        api.awaitGet("/actuator/prometheus", r -> r.body()
                .contains(
                        "kabinet_billing_close_accounts{application=\"billing-service\",state=\"done\"} " + ACCOUNTS));
        assertThat(api.anonymous().get("/actuator/prometheus").body())
                .contains("kabinet_billing_close_accounts{application=\"billing-service\",state=\"total\"} " + ACCOUNTS)
                .contains("kabinet_billing_close_running{application=\"billing-service\"} 0");
        var closed = jdbc.queryForObject(
                "select payload::text from outbox_event where event_type = ?", String.class, PeriodClosedV1.TYPE);
        EventContracts.assertConforms(PeriodClosedV1.TYPE, closed);
        assertThat(closed).contains("\"accounts\": " + ACCOUNTS, "\"totalKopecks\": " + ACCOUNTS * TO_PAY);
        ServiceApi.eventually(
                "every receipt and the PeriodClosed published to Kafka",
                () -> jdbc.queryForObject("select count(*) from outbox_event where published_at is null", Long.class),
                n -> n == 0);

        assertThat(api.as("operator")
                        .post("/api/v1/operator/period-closes/2026-10", "")
                        .problemType())
                .endsWith("/period-already-closed");
        var notEnded = api.as("operator")
                .post("/api/v1/operator/period-closes/" + YearMonth.now(ZoneId.of("Europe/Moscow")), "");
        assertThat(notEnded.status()).isEqualTo(422);
        assertThat(notEnded.problemType()).endsWith("/period-not-ended");
        assertThat(api.as("operator")
                        .get("/api/v1/operator/period-closes/2020-01")
                        .problemType())
                .endsWith("/period-close-not-found");
        assertThat(api.as("ivanova")
                        .post("/api/v1/operator/period-closes/2026-09", "")
                        .status())
                .isEqualTo(403);
        assertThat(api.as("ivanova")
                        .get("/api/v1/operator/period-closes/2026-10")
                        .status())
                .isEqualTo(403);
        assertThat(api.anonymous().get("/api/v1/operator/period-closes/2026-10").status())
                .isEqualTo(401);
    }

    @Test
    @DisplayName(
            "BL-1 a crash mid-way rolls its chunk back; the rerun closes the rest: same balances, no double charge")
    void aRerunAfterACrashGivesTheSameResult() {
        closing.start(OCTOBER, "test");
        assertThat(closing.closeNextChunk(OCTOBER, "before-crash")).isPresent();
        assertThat(closing.closeNextChunk(OCTOBER, "before-crash")).isPresent();
        // the third chunk is written, then the instance dies before its commit
        assertThatThrownBy(() -> closing.closeNextChunk(OCTOBER, "crashing", chunk -> {
                    throw new IllegalStateException("killed");
                }))
                .hasMessage("killed");
        assertThat(closing.status(OCTOBER).orElseThrow().accountsDone()).isEqualTo(8);
        assertThat(jdbc.queryForObject("select count(*) from closed_account where closed_by = 'crashing'", Long.class))
                .isZero();
        // a rerun: starting again keeps the chunks done, the workers close what is left
        assertThat(closing.start(OCTOBER, "test").chunksDone()).isEqualTo(2);

        closeAll("after-crash");

        assertHandWorkedBalances();
        assertThat(jdbc.queryForObject(
                        "select count(*) from closed_account where closed_by = 'before-crash'", Long.class))
                .isEqualTo(8);
        assertThat(jdbc.queryForObject(
                        "select count(*) from closed_account where closed_by = 'after-crash'", Long.class))
                .isEqualTo(ACCOUNTS - 8);
    }

    @Test
    @DisplayName("BL-1 BL-2 a late reading for a closed period: September's reading received after September closed;"
            + " October's close recalculates September on the EL line, (150 − 83,333) kWh × 6,43 ₽ = 428,67 ₽")
    void aLateReadingForAClosedPeriodIsRecalculatedByTheClose() {
        var late = numbers.getFirst();
        // history: 100, 100 and 50 kWh in June, July, August (the average is 83,333 kWh); September's 1 000,0 (150 kWh)
        for (var reading : List.of(
                Map.entry(LocalDate.of(2026, 5, 25), "600.0"),
                Map.entry(LocalDate.of(2026, 6, 25), "700.0"),
                Map.entry(LocalDate.of(2026, 7, 25), "800.0"),
                Map.entry(LocalDate.of(2026, 8, 25), "850.0"))) {
            readings.accept(
                    UUID.randomUUID(),
                    late,
                    101,
                    Map.of(TariffZone.T1, new BigDecimal(reading.getValue())),
                    reading.getKey()
                            .atTime(12, 0)
                            .atZone(ZoneId.of("Europe/Moscow"))
                            .toInstant(),
                    "WEB");
        }
        // September was closed on 01.10; the earlier readings were there by then, September's came on 05.10
        jdbc.update(
                "update line_settlement set closed_at = timestamptz '2026-10-01 09:00Z'"
                        + " where account_number = ? and period = date '2026-09-01'",
                late);
        jdbc.update(
                "update accepted_reading set received_at = taken_at where account_number = ? and taken_on < date '2026-09-01'",
                late);
        jdbc.update(
                "update accepted_reading set received_at = timestamptz '2026-10-05 09:00Z'"
                        + " where account_number = ? and taken_on = date '2026-09-25'",
                late);
        closing.start(OCTOBER, "test");

        closeAll("A");

        var el = settlements.find(late, "EL", OCTOBER).orElseThrow();
        assertThat(el.chargesKopecks()).isEqualTo(128_600); // October's own 200 kWh × 643
        assertThat(el.recalculationsKopecks()).isEqualTo(42_867); // 66,667 kWh × 643 = 42 866,881
        assertThat(el.closingKopecks()).isEqualTo(168_600 + 42_867);
        for (var other : numbers.subList(1, numbers.size())) {
            assertThat(settlements.find(other, "EL", OCTOBER).orElseThrow().recalculationsKopecks())
                    .as("no late reading on %s", other)
                    .isZero();
        }
    }

    @Test
    @DisplayName("BL-1 two instances share one close: each claims its own chunks, no account closed twice")
    void twoInstancesShareOneClose() throws Exception {
        closing.start(OCTOBER, "test");
        var bothWorking = new CyclicBarrier(2);
        var a = CompletableFuture.runAsync(() -> loop("instance-a", bothWorking));
        var b = CompletableFuture.runAsync(() -> loop("instance-b", bothWorking));
        CompletableFuture.allOf(a, b).get();
        closing.finish(OCTOBER);

        assertHandWorkedBalances();
        var byInstance = jdbc.queryForList(
                "select done_by, count(*) as chunks from period_close_chunk where period = date '2026-10-01'"
                        + " group by done_by order by done_by");
        assertThat(byInstance).extracting(r -> r.get("done_by")).containsExactly("instance-a", "instance-b");
        assertThat(jdbc.queryForObject(
                        "select count(*) from closed_account c join period_close_chunk k on k.period = c.period"
                                + " and c.account_number between k.first_account and k.last_account"
                                + " where c.closed_by <> k.done_by",
                        Long.class))
                .as("every account closed by the instance that claimed its chunk")
                .isZero();
    }

    /** One instance's claim loop: its first chunk waits for the other's, so both hold one at the same time. */
    private void loop(String worker, CyclicBarrier bothWorking) {
        var first = new boolean[] {true};
        while (closing.closeNextChunk(OCTOBER, worker, chunk -> {
                    if (first[0]) {
                        first[0] = false;
                        try {
                            bothWorking.await();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }
                })
                .isPresent()) {
            // next chunk
        }
    }

    private void closeAll(String worker) {
        while (closing.closeNextChunk(OCTOBER, worker).isPresent()) {
            // next chunk
        }
        assertThat(closing.finish(OCTOBER)).isTrue();
        assertThat(closing.finish(OCTOBER)).as("finished once").isFalse();
    }

    private void assertHandWorkedBalances() {
        assertThat(jdbc.queryForObject(
                        "select count(*) from closed_account where period = date '2026-10-01'", Long.class))
                .isEqualTo(ACCOUNTS);
        assertThat(jdbc.queryForObject(
                        "select sum(total_kopecks) from closed_account where period = date '2026-10-01'", Long.class))
                .isEqualTo(ACCOUNTS * TO_PAY);
        for (var number : numbers) {
            var el = settlements.find(number, "EL", OCTOBER).orElseThrow();
            assertThat(el.openingKopecks()).isEqualTo(100_000);
            assertThat(el.chargesKopecks()).isEqualTo(128_600);
            assertThat(el.paymentsKopecks()).isEqualTo(60_000);
            assertThat(el.closingKopecks()).isEqualTo(168_600);
            var penalty = settlements.find(number, "EL_PENALTY", OCTOBER).orElseThrow();
            assertThat(penalty.chargesKopecks()).isEqualTo(361);
            assertThat(penalty.closingKopecks()).isEqualTo(19_261);
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from line_settlement where period = date '2026-10-01' and closing_kopecks is not null",
                        Long.class))
                .isEqualTo(ACCOUNTS * 3L);
        // one receipt per account, never two
        assertThat(jdbc.queryForList(
                        "select message_key from outbox_event where event_type = ? group by message_key having count(*) <> 1",
                        ReceiptIssuedV1.TYPE))
                .isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from outbox_event where event_type = ?", Long.class, ReceiptIssuedV1.TYPE))
                .isEqualTo(ACCOUNTS);
        var receipt = jdbc.queryForObject(
                "select payload::text from outbox_event where event_type = ? limit 1",
                String.class,
                ReceiptIssuedV1.TYPE);
        EventContracts.assertConforms(ReceiptIssuedV1.TYPE, receipt);
        assertThat(receipt).contains("\"totalKopecks\": " + TO_PAY);
    }
}
