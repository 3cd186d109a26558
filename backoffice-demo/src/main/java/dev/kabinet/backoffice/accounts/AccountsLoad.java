package dev.kabinet.backoffice.accounts;

import dev.kabinet.backoffice.accounts.messaging.AccountRecordsPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Loads the back office's accounts into Kabinet on every start (BO-1): sends every record of {@link AccountRecords}
 * on {@code backoffice.accounts}. Runs before the application reports itself ready, so readiness means "every record
 * acknowledged by Kafka"; a failure stops the start. Sending again is harmless: the same records at the same revision
 * under the same event ids change nothing in account-service (docs/adr/0009, 0012).
 */
@Component
class AccountsLoad implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AccountsLoad.class);

    private final AccountRecords records;
    private final AccountRecordsPublisher publisher;
    private final AccountsProperties properties;

    AccountsLoad(AccountRecords records, AccountRecordsPublisher publisher, AccountsProperties properties) {
        this.records = records;
        this.publisher = publisher;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        log.info(
                "Sending {} account records ({} generated, seed {}) to {}",
                records.count(),
                properties.generatedAccounts(),
                properties.seed(),
                properties.topic());
        long sent;
        try (var all = records.all()) {
            sent = publisher.publish(all.iterator());
        }
        long millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
        log.info("Sent {} account records in {} ms ({} per second)", sent, millis, sent * 1000 / millis);
    }
}
