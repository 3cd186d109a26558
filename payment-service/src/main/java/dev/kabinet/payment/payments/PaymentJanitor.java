package dev.kabinet.payment.payments;

import dev.kabinet.payment.acquirer.OrderReference;
import dev.kabinet.payment.acquirer.PaymentProvider;
import dev.kabinet.payment.acquirer.ProviderRefused;
import dev.kabinet.payment.acquirer.ProviderUnavailable;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Asks the bank about every payment whose outcome is unknown (PY-4; STYLE.md "a janitor reconciles unknown outcomes,
 * never retries blindly"): attempts whose registration got no answer ({@code CREATED}) and orders nobody called back
 * about ({@code SENT}). It never registers, refunds or reverses anything; it only asks and applies the answer.
 *
 * <p>Several instances share the work by a lease in the database: one statement claims a batch of due payments
 * ({@code for update skip locked}) and moves their {@code next_check_at} past the lease, so another instance skips them
 * until the lease runs out; after the answer the payment is due again after {@code interval}, or never once final.
 */
@Component
public class PaymentJanitor {

    private static final Logger log = LoggerFactory.getLogger(PaymentJanitor.class);

    private final JdbcTemplate jdbc;
    private final PaymentRepository payments;
    private final PaymentProvider provider;
    private final BankOutcomes outcomes;
    private final PaymentSettings settings;
    private final Clock clock;

    public PaymentJanitor(
            JdbcTemplate jdbc,
            PaymentRepository payments,
            PaymentProvider provider,
            BankOutcomes outcomes,
            PaymentSettings settings,
            Clock clock) {
        this.jdbc = jdbc;
        this.payments = payments;
        this.provider = provider;
        this.outcomes = outcomes;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${kabinet.payment.janitor.interval}",
            initialDelayString = "${kabinet.payment.janitor.interval}")
    void scheduledRound() {
        try {
            round();
        } catch (RuntimeException e) {
            log.warn("Janitor round failed; the next one tries again", e);
        }
    }

    /** One round: claims the due payments and asks the bank about each. Answers how many it resolved. */
    public int round() {
        int resolved = 0;
        for (UUID id : claim()) {
            if (check(id)) {
                resolved++;
            }
        }
        return resolved;
    }

    /** Claims up to a batch of due payments for this instance (a lease: others skip them until it runs out). */
    List<UUID> claim() {
        Instant now = clock.instant();
        var janitor = settings.janitor();
        return jdbc.queryForList(
                """
                update payment set next_check_at = ?
                 where id in (select id from payment
                               where status in ('CREATED', 'SENT') and next_check_at <= ?
                               order by next_check_at
                               limit ? for update skip locked)
                returning id""", UUID.class, Timestamp.from(now.plus(janitor.lease())), Timestamp.from(now), janitor.batch());
    }

    /** Asks the bank about one payment and applies the answer; true when its outcome is known now. */
    boolean check(UUID id) {
        var payment = payments.findById(id).orElse(null);
        if (payment == null || !payment.status().outcomeUnknown() || payment.provider() == null) {
            return false;
        }
        try {
            var state = provider.status(new OrderReference(payment.orderId(), payment.orderNumber()));
            return !outcomes.apply(id, state).status().outcomeUnknown();
        } catch (ProviderUnavailable | ProviderRefused e) {
            log.info("{}: the bank could not be asked ({}); after the lease", payment, e.slug());
            return false;
        }
    }
}
