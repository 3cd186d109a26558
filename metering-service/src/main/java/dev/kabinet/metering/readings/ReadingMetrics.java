package dev.kabinet.metering.readings;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Readings submitted by residents (MT-2) as {@code kabinet_metering_readings_submitted_total{outcome}}: {@code stored}
 * (in processing), {@code held_for_review} (implausibly high consumption, MT-2) or {@code refused} (a problem answer,
 * nothing stored). A stored reading counts once its transaction committed (docs/adr/0030).
 */
@Component
public class ReadingMetrics {

    private final Counter stored;
    private final Counter heldForReview;
    private final Counter refused;

    ReadingMetrics(MeterRegistry registry) {
        this.stored = counter(registry, "stored");
        this.heldForReview = counter(registry, "held_for_review");
        this.refused = counter(registry, "refused");
    }

    private static Counter counter(MeterRegistry registry, String outcome) {
        return Counter.builder("kabinet.metering.readings.submitted")
                .description("Readings submitted by residents, by outcome")
                .tag("outcome", outcome)
                .register(registry);
    }

    void submitted(boolean held) {
        var counter = held ? heldForReview : stored;
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

    void refused() {
        refused.increment();
    }
}
