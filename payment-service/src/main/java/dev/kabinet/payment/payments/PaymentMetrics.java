package dev.kabinet.payment.payments;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Payment meters (PY-4, docs/adr/0030): {@code kabinet_payment_payments_confirmed_total{channel}} counts the moves to
 * {@code CONFIRMED} once they committed (a duplicate callback moves nothing and counts nothing);
 * {@code kabinet_payment_outcome_unknown} is the number of payments whose outcome the bank has not told for more than
 * 30 minutes (the janitor should have resolved them: alert KabinetPaymentOutcomesUnknown).
 */
@Component
public class PaymentMetrics {

    private final Map<PaymentChannel, Counter> confirmed = new EnumMap<>(PaymentChannel.class);

    PaymentMetrics(MeterRegistry registry, JdbcTemplate jdbc) {
        for (var channel : PaymentChannel.values()) {
            confirmed.put(
                    channel,
                    Counter.builder("kabinet.payment.payments.confirmed")
                            .description("Payments confirmed by the bank, by channel")
                            .tag("channel", channel.name().toLowerCase())
                            .register(registry));
        }
        Gauge.builder("kabinet.payment.outcome.unknown", jdbc, PaymentMetrics::unknownOutcomes)
                .description("Payments without the bank's outcome for more than 30 minutes")
                .register(registry);
    }

    private static double unknownOutcomes(JdbcTemplate jdbc) {
        try {
            Long count = jdbc.queryForObject(
                    "select count(*) from payment where status in ('CREATED', 'SENT')"
                            + " and created_at < now() - interval '30 minutes'",
                    Long.class);
            return count == null ? 0 : count;
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    /** A payment of {@code channel} moved to {@code CONFIRMED}: counted when the transaction commits. */
    void confirmed(PaymentChannel channel) {
        var counter = confirmed.get(channel);
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
