package dev.kabinet.account.accounts;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Account records imported from the back office (BO-1) as {@code kabinet_account_accounts_imported_total{outcome}}:
 * {@code created}, {@code updated}, {@code closed} or {@code stale} (not newer than what the account holds). Counted
 * once the listener's transaction committed, so a redelivery that rolls back counts nothing (#12).
 */
@Component
public class AccountImportMetrics {

    private final MeterRegistry registry;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    AccountImportMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (var outcome : new String[] {"created", "updated", "closed", "stale"}) {
            counter(outcome);
        }
    }

    private Counter counter(String outcome) {
        return counters.computeIfAbsent(outcome, key -> Counter.builder("kabinet.account.accounts.imported")
                .description("Account records from the back office, by outcome")
                .tag("outcome", key)
                .register(registry));
    }

    void imported(String outcome) {
        var counter = counter(outcome);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    counter.increment();
                }
            });
        } else {
            counter.increment();
        }
    }
}
