package dev.kabinet.payment.payments;

import dev.kabinet.payment.acquirer.OrderState.Outcome;
import dev.kabinet.payment.acquirer.PaymentProvider;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily reconciliation against the bank's register (PY-4): every order the bank registered on a day, compared with
 * the cabinet's payment of that order number. A final word of the bank the cabinet missed (a deposit, a decline, a
 * refund) is applied through {@link BankOutcomes}, as if it had been called back; an order the cabinet has no payment
 * of is reported for an operator. Repeating it changes nothing (each word is applied once), so every instance may run
 * it.
 */
@Component
public class PaymentReconciliation {

    private static final Logger log = LoggerFactory.getLogger(PaymentReconciliation.class);
    private static final Set<Outcome> FINAL =
            EnumSet.of(Outcome.PAID, Outcome.DECLINED, Outcome.EXPIRED, Outcome.REVERSED, Outcome.REFUNDED);

    private final PaymentRepository payments;
    private final PaymentProvider provider;
    private final BankOutcomes outcomes;
    private final PaymentSettings settings;
    private final Clock clock;

    public PaymentReconciliation(
            PaymentRepository payments,
            PaymentProvider provider,
            BankOutcomes outcomes,
            PaymentSettings settings,
            Clock clock) {
        this.payments = payments;
        this.provider = provider;
        this.outcomes = outcomes;
        this.settings = settings;
        this.clock = clock;
    }

    /** What one reconciliation found: orders in the register, payments it corrected, orders the cabinet lacks. */
    public record Report(LocalDate day, int orders, int corrected, int unknownToTheCabinet) {}

    @Scheduled(cron = "${kabinet.payment.reconciliation-cron:0 30 3 * * *}", zone = "Europe/Moscow")
    void yesterday() {
        try {
            var report =
                    reconcile(LocalDate.now(clock.withZone(settings.timeZone())).minusDays(1));
            log.info("Reconciliation with the bank's register: {}", report);
        } catch (RuntimeException e) {
            log.warn("Reconciliation with the bank's register failed; tomorrow's run covers only its own day", e);
        }
    }

    /** Compares the bank's register of the orders registered on {@code day} (the utility's zone) with the payments. */
    public Report reconcile(LocalDate day) {
        var zone = settings.timeZone();
        var from = day.atStartOfDay(zone).toInstant();
        var to = day.plusDays(1).atStartOfDay(zone).toInstant();
        int orders = 0;
        int corrected = 0;
        int unknown = 0;
        for (int page = 0; ; page++) {
            var register = provider.register(from, to, page);
            for (var order : register.orders()) {
                orders++;
                var payment = byOrderNumber(order.orderNumber());
                if (payment.isEmpty()) {
                    unknown++;
                    log.warn(
                            "The bank's order {} has no payment in the cabinet",
                            order.state().orderId());
                    continue;
                }
                var before = payment.get().status();
                if (FINAL.contains(order.state().outcome())
                        && outcomes.apply(payment.get().id(), order.state()).status() != before) {
                    corrected++;
                }
            }
            if (register.orders().isEmpty() || orders >= register.total()) {
                break;
            }
        }
        return new Report(day, orders, corrected, unknown);
    }

    private Optional<Payment> byOrderNumber(String orderNumber) {
        if (!orderNumber.matches("^[0-9a-f]{32}$")) {
            return Optional.empty();
        }
        var id = UUID.fromString(orderNumber.replaceFirst("^(.{8})(.{4})(.{4})(.{4})(.{12})$", "$1-$2-$3-$4-$5"));
        return payments.findById(id).filter(p -> provider.name().equals(p.provider()));
    }
}
