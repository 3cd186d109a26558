package dev.kabinet.payment.payments;

import dev.kabinet.payment.acquirer.OrderState;
import dev.kabinet.payment.fiscal.FiscalReceipts;
import dev.kabinet.platform.messaging.Outbox;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies the bank's word about an order to its payment (PY-4), whoever brought it: the callback, the resident's
 * return, the janitor. One transaction per word; the move to {@code CONFIRMED} writes {@code payment.PaymentConfirmed.v1}
 * to the outbox in the same transaction, so the fact leaves if and only if the state committed. A word that repeats
 * the current state, or that the state machine does not allow (a decline after the deposit), changes nothing: that
 * makes duplicate and out-of-order words harmless. The confirming transaction also requests the payment's fiscal
 * e-receipt (PY-8), so every confirmed payment gets one, once.
 */
@Component
public class BankOutcomes {

    private static final Logger log = LoggerFactory.getLogger(BankOutcomes.class);

    private final PaymentRepository payments;
    private final Outbox outbox;
    private final FiscalReceipts receipts;
    private final TransactionTemplate transactions;
    private final PaymentSettings settings;
    private final Clock clock;
    private final PaymentMetrics metrics;

    public BankOutcomes(
            PaymentRepository payments,
            Outbox outbox,
            FiscalReceipts receipts,
            TransactionTemplate transactions,
            PaymentSettings settings,
            Clock clock,
            PaymentMetrics metrics) {
        this.metrics = metrics;
        this.payments = payments;
        this.outbox = outbox;
        this.receipts = receipts;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
    }

    /** Applies {@code state} to payment {@code id}; answers the payment as it stands afterwards. */
    public Payment apply(UUID id, OrderState state) {
        try {
            return transactions.execute(tx -> applyOnce(id, state));
        } catch (OptimisticLockingFailureException e) {
            // another word about the same payment committed meanwhile: judge again on the fresh state
            return transactions.execute(tx -> applyOnce(id, state));
        }
    }

    private Payment applyOnce(UUID id, OrderState state) {
        var payment = payments.findById(id).orElseThrow(PaymentNotFound::new);
        Instant now = clock.instant();
        var status = payment.status();
        var janitor = settings.janitor();
        switch (state.outcome()) {
            case PAID ->
                payment.confirmed(state.orderId(), state.paidAt() != null ? state.paidAt() : now)
                        .ifPresent(fact -> {
                            outbox.publish(
                                    PaymentConfirmedV1.TOPIC,
                                    fact.accountNumber(),
                                    PaymentConfirmedV1.TYPE,
                                    PaymentConfirmedV1.of(fact));
                            metrics.confirmed(payment.channel());
                            requestReceipt(payment);
                        });
            case AWAITING_PAYMENT -> {
                if (status == PaymentStatus.CREATED && state.orderId() != null) {
                    payment.registeredAtBank(state.orderId(), now);
                }
                if (payment.status().outcomeUnknown() && payment.orderOutlived(now, janitor.expiryGrace())) {
                    payment.expired("order-outlived", now);
                } else {
                    payment.checkAgainAt(now.plus(janitor.interval()));
                }
            }
            case UNKNOWN_ORDER -> {
                if (status == PaymentStatus.CREATED
                        && payment.createdAt().plus(janitor.registrationGrace()).isBefore(now)) {
                    payment.expired("never-registered", now);
                } else {
                    payment.checkAgainAt(now.plus(janitor.interval()));
                }
            }
            case DECLINED -> moveIfAllowed(payment, PaymentStatus.DECLINED, () -> payment.declined(state.code(), now));
            case EXPIRED -> moveIfAllowed(payment, PaymentStatus.EXPIRED, () -> payment.expired(state.code(), now));
            case REVERSED -> {
                if (status.paid()) {
                    payment.refunded("reversed", now);
                } else {
                    moveIfAllowed(payment, PaymentStatus.DECLINED, () -> payment.declined("reversed", now));
                }
            }
            case REFUNDED -> moveIfAllowed(payment, PaymentStatus.REFUNDED, () -> payment.refunded(state.code(), now));
        }
        if (payment.status() != status) {
            log.info("{} moved {} -> {} on the bank's word", payment, status, payment.status());
        }
        return payments.saveAndFlush(payment);
    }

    /** PY-8: the fiscal e-receipt of a payment just confirmed, to the e-mail or phone of its payer. */
    private void requestReceipt(Payment payment) {
        var payer = payment.payer();
        if (payer == null) {
            return;
        }
        receipts.request(
                payment.id(),
                payment.accountNumber(),
                payment.lines().stream()
                        .map(l -> new FiscalReceipts.Line(l.lineCode(), l.amountKopecks()))
                        .toList(),
                payer.email(),
                payer.phone());
    }

    private static void moveIfAllowed(Payment payment, PaymentStatus target, Runnable move) {
        if (payment.status() == target || payment.status().canMoveTo(target)) {
            move.run();
        } else {
            log.info("{}: the bank's {} after {} changes nothing", payment, target, payment.status());
        }
    }

    /** Asks the janitor to look at this payment on its next round (the bank could not be asked now). */
    public void checkSoon(UUID id) {
        transactions.executeWithoutResult(tx -> payments.findById(id).ifPresent(payment -> {
            payment.checkAgainAt(clock.instant());
            payments.save(payment);
        }));
    }
}
