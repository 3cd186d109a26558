package dev.kabinet.account.accounts.messaging;

import static dev.kabinet.account.accounts.AccountBuilder.aMeter;
import static dev.kabinet.account.accounts.AccountBuilder.anElectricityAccount;

import dev.kabinet.account.accounts.AccountRecord;
import dev.kabinet.account.accounts.AccountRegister;
import dev.kabinet.account.accounts.ChargeKind;
import dev.kabinet.account.accounts.ChargeLine;
import dev.kabinet.account.accounts.UtilityService;
import dev.kabinet.platform.messaging.Inbox;
import dev.kabinet.platform.test.KabinetIntegrationTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * BO-1 bulk import, account-service's side without Kafka (docs/adr/0027): what the listener of backoffice.accounts does
 * per record — one transaction with the inbox row, the account upsert (account, services, charge lines, meters) and
 * the outbox row — for N new accounts, timed. Run it with and without JDBC batching to see the round trips it saves:
 *
 * <pre>./mvnw -pl account-service -am verify -Dit.test=AccountImportConsumerBench -Dkabinet.bench.import=20000
 *   [-Dspring.jpa.properties.hibernate.jdbc.batch_size=0 -Dspring.datasource.hikari.data-source-properties.reWriteBatchedInserts=false]</pre>
 *
 * Opt-in, never part of the build. The outbox relay is held back (its rows are deleted with the accounts afterwards),
 * so nothing of this reaches account.accounts.
 */
@KabinetIntegrationTest
@TestPropertySource(properties = "kabinet.outbox.poll-interval=1h")
@EnabledIfSystemProperty(named = "kabinet.bench.import", matches = "[0-9]+")
@DisplayName("BO-1 bulk import: account-service's upserts per second, without Kafka")
class AccountImportConsumerBench {

    /** Its own inbox consumer, so its rows are told apart and deleted afterwards. */
    static final String INBOX = "bench.backoffice-accounts";

    @Autowired
    AccountRegister register;

    @Autowired
    Inbox inbox;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void upsertsPerSecond() {
        int n = Integer.getInteger("kabinet.bench.import");
        long base = 3_900_000_000L + ThreadLocalRandom.current().nextInt(90) * 1_000_000L;
        String first = Long.toString(base);
        String last = Long.toString(base + n - 1);
        try {
            long started = System.nanoTime();
            for (int i = 0; i < n; i++) {
                var record = anAccount(base, i);
                transactions.executeWithoutResult(status -> {
                    inbox.firstDelivery(UUID.randomUUID(), INBOX, "backoffice.AccountUpserted.v1");
                    BackofficeAccounts.applying(() -> register.record(record));
                });
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(
                    "BENCH account-service upserts (batch_size %s, reWriteBatchedInserts %s): %,d accounts in %.2f s = %,.0f"
                            + " accounts/s%n",
                    System.getProperty("spring.jpa.properties.hibernate.jdbc.batch_size", "50"),
                    System.getProperty("spring.datasource.hikari.data-source-properties.reWriteBatchedInserts", "true"),
                    n,
                    seconds,
                    n / seconds);
        } finally {
            jdbc.update("delete from outbox_event where message_key between ? and ?", first, last);
            jdbc.update("delete from account where number between ? and ?", first, last);
            jdbc.update("delete from inbox_event where consumer = ?", INBOX);
        }
    }

    /** The i-th of N new accounts of two services, four charge lines and two meters. */
    static AccountRecord anAccount(long base, int i) {
        long number = base + i;
        return anElectricityAccount()
                .number(Long.toString(number))
                .ownerName("Тестова Анна Сергеевна")
                .address("г. Тверь, ул. Набережная, д. 82, кв. " + (i % 200 + 1))
                .flatNumber(Integer.toString(i % 200 + 1))
                .household(new BigDecimal("47.70"), 2, 1)
                .houseArea(new BigDecimal("6995.36"))
                .contact("+79519590845", "bench@example.org")
                .services(UtilityService.ELECTRICITY, UtilityService.GAS)
                .chargeLines(
                        ChargeLine.of("EL", UtilityService.ELECTRICITY, ChargeKind.CONSUMPTION, "Электроэнергия"),
                        ChargeLine.of(
                                "EL_ODN", UtilityService.ELECTRICITY, ChargeKind.COMMON_HOUSE, "Электроэнергия ОДН"),
                        ChargeLine.of("GAS", UtilityService.GAS, ChargeKind.CONSUMPTION, "Газ"),
                        ChargeLine.of("EL_PENALTY", UtilityService.ELECTRICITY, ChargeKind.PENALTY, "Пени"))
                .meters(
                        aMeter(number * 10 + 1, UtilityService.ELECTRICITY, "T1", "T2"),
                        aMeter(number * 10 + 2, UtilityService.GAS, "T1"))
                .record();
    }

    /**
     * The batch listener's path (docs/adr/0031): the same accounts in transactions of {@code kabinet.bench.batch}
     * (1,000) records, the inbox rows written by one statement and the accounts by {@link AccountRegister#recordAll}.
     */
    @Test
    void batchedUpsertsPerSecond() {
        int n = Integer.getInteger("kabinet.bench.import");
        int batch = Integer.getInteger("kabinet.bench.batch", 1000);
        long base = 3_800_000_000L + ThreadLocalRandom.current().nextInt(90) * 1_000_000L;
        String first = Long.toString(base);
        String last = Long.toString(base + n - 1);
        try {
            long started = System.nanoTime();
            for (int from = 0; from < n; from += batch) {
                var records = new ArrayList<AccountRecord>();
                var entries = new ArrayList<Inbox.Entry>();
                for (int i = from; i < Math.min(n, from + batch); i++) {
                    records.add(anAccount(base, i));
                    entries.add(new Inbox.Entry(UUID.randomUUID(), INBOX, "backoffice.AccountUpserted.v1"));
                }
                long t0 = System.nanoTime();
                transactions.executeWithoutResult(status -> {
                    inbox.firstDeliveries(entries);
                    register.recordAll(records);
                });
                System.out.printf(
                        "BENCH batch of %d: %d ms with the inbox and the commit%n",
                        records.size(), (System.nanoTime() - t0) / 1_000_000);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(
                    "BENCH account-service batched upserts (%d per transaction): %,d accounts in %.2f s = %,.0f"
                            + " accounts/s%n",
                    batch, n, seconds, n / seconds);
        } finally {
            jdbc.update("delete from outbox_event where message_key between ? and ?", first, last);
            jdbc.update("delete from account where number between ? and ?", first, last);
            jdbc.update("delete from inbox_event where consumer = ?", INBOX);
        }
    }
}
