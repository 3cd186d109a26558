package dev.kabinet.payment.refunds;

import dev.kabinet.payment.acquirer.OrderReference;
import dev.kabinet.payment.acquirer.OrderState;
import dev.kabinet.payment.acquirer.PaymentProvider;
import dev.kabinet.payment.acquirer.ProviderRefused;
import dev.kabinet.payment.payments.Payment;
import dev.kabinet.payment.payments.PaymentChannel;
import dev.kabinet.payment.payments.PaymentNotFound;
import dev.kabinet.payment.payments.PaymentRepository;
import dev.kabinet.payment.payments.PaymentStatus;
import dev.kabinet.platform.messaging.Outbox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Refunds on the payer's request (PY-9, docs/adr/0034). A resident asks for part or all of the refundable sum of a
 * card payment the bank confirmed, within {@link RefundSettings#allowedDays()} of its payment; the refundable sum is
 * the payment less its penalty lines. An operator approves (the bank's refund through the provider port, with its
 * timeouts, retries and circuit breaker) or rejects; who and when is kept. The refund is recorded as {@code APPROVED}
 * before the bank hears of it; when the bank's answer is unknown it stays so, and approving again asks the bank first
 * whether the money went back, so it never goes back twice. The refund's transaction writes
 * {@code payment.PaymentRefunded.v1} to the outbox, once per refund.
 */
@Component
public class Refunds {

    private static final Logger log = LoggerFactory.getLogger(Refunds.class);

    /**
     * How long after an approval another approval of the same request is refused: the first one's call to the bank may
     * still be under way (its timeouts and retries take seconds), and a second {@code refund.do} could give money back
     * twice. After that the first call's answer was lost, and approving again asks the bank first.
     */
    static final Duration APPROVAL_IN_FLIGHT = Duration.ofMinutes(2);

    private final RefundRepository refunds;
    private final PaymentRepository payments;
    private final PaymentProvider provider;
    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final RefundSettings settings;
    private final Clock clock;

    public Refunds(
            RefundRepository refunds,
            PaymentRepository payments,
            PaymentProvider provider,
            Outbox outbox,
            TransactionTemplate transactions,
            RefundSettings settings,
            Clock clock) {
        this.refunds = refunds;
        this.payments = payments;
        this.provider = provider;
        this.outbox = outbox;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * What of a payment may be refunded now: the sum (paid less the penalty lines), until when, and why not when it
     * may not ({@code null} when it may).
     */
    public record Terms(
            long refundableKopecks,
            @Nullable Instant until,
            @Nullable String refusal) {}

    /** The refund terms of the account's payment and its requests, newest first. */
    @Transactional(readOnly = true)
    public Terms terms(String accountNumber, UUID paymentId) {
        var payment = payment(accountNumber, paymentId);
        String refusal = null;
        try {
            check(payment);
        } catch (RefundNotAllowed | RefundPeriodOver | RefundAlreadyRequested e) {
            refusal = e.slug();
        }
        return new Terms(refundable(payment), until(payment), refusal);
    }

    @Transactional(readOnly = true)
    public List<Refund> ofPayment(String accountNumber, UUID paymentId) {
        payment(accountNumber, paymentId);
        return refunds.findByPaymentIdAndAccountNumberOrderByRequestedAtDesc(paymentId, accountNumber);
    }

    /** A resident asks for {@code amountKopecks} of the payment back, saying why. */
    public Refund request(String accountNumber, UUID paymentId, long amountKopecks, String reason, String requestedBy) {
        try {
            return transactions.execute(tx -> {
                var payment = payment(accountNumber, paymentId);
                check(payment);
                long refundable = refundable(payment);
                if (amountKopecks > refundable) {
                    throw new RefundTooLarge(refundable);
                }
                var refund =
                        Refund.requested(paymentId, accountNumber, amountKopecks, reason, requestedBy, clock.instant());
                log.info("{} requested", refund);
                return refunds.saveAndFlush(refund);
            });
        } catch (DataIntegrityViolationException e) {
            // a concurrent request of the same payment committed first
            throw new RefundAlreadyRequested();
        }
    }

    /** The operators' queue: requests of one status (all when null), oldest first for the open ones. */
    @Transactional(readOnly = true)
    public List<Refund> queue(@Nullable RefundStatus status, int page, int size) {
        if (status == null) {
            return refunds.findAllByOrderByRequestedAtDesc(PageRequest.of(page, size));
        }
        return refunds.findByStatusOrderByRequestedAtAsc(status, PageRequest.of(page, size));
    }

    /** An operator rejects a request, saying why. */
    public Refund reject(UUID refundId, String operator, String note) {
        try {
            return transactions.execute(tx -> {
                var refund = refunds.findById(refundId).orElseThrow(RefundNotFound::new);
                refund.reject(operator, note, clock.instant());
                log.info("{} rejected by an operator", refund);
                return refunds.saveAndFlush(refund);
            });
        } catch (OptimisticLockingFailureException e) {
            throw new RefundAlreadyDecided();
        }
    }

    /**
     * An operator approves a request: the bank gives the money back and the payment is {@code REFUNDED}. Throws
     * {@code ProviderUnavailable} when the bank's answer is unknown (the request stays {@code APPROVED}; approve again
     * later); a refusal of the bank makes it {@code REFUND_FAILED}.
     */
    public Refund approve(UUID refundId, String operator) {
        Approval approved;
        try {
            approved = transactions.execute(tx -> {
                var refund = refunds.findById(refundId).orElseThrow(RefundNotFound::new);
                Instant now = clock.instant();
                boolean first = refund.approve(operator, now);
                if (!first
                        && refund.decidedAt() != null
                        && now.isBefore(refund.decidedAt().plus(APPROVAL_IN_FLIGHT))) {
                    throw new RefundAlreadyDecided();
                }
                return new Approval(refunds.saveAndFlush(refund), first);
            });
        } catch (OptimisticLockingFailureException e) {
            // another operator decided it at the same moment
            throw new RefundAlreadyDecided();
        }
        var refund = Objects.requireNonNull(approved).refund();
        var payment = payments.findById(refund.paymentId()).orElseThrow(PaymentNotFound::new);
        String orderId = Objects.requireNonNull(payment.orderId(), "a card payment has the bank's order");
        if (!approved.first() && refundedAtBank(payment)) {
            log.info("{}: the bank had refunded it already", refund);
            return refunded(refund.id());
        }
        try {
            provider.refund(orderId, refund.amountKopecks());
        } catch (ProviderRefused refused) {
            return transactions.execute(tx -> {
                var failed = refunds.findById(refund.id()).orElseThrow();
                failed.failed(refused.code());
                log.warn("{}: the bank refused the refund ({})", failed, refused.code());
                return refunds.saveAndFlush(failed);
            });
        }
        return refunded(refund.id());
    }

    private record Approval(Refund refund, boolean first) {}

    private boolean refundedAtBank(Payment payment) {
        var state = provider.status(new OrderReference(payment.orderId(), payment.orderNumber()));
        return state.outcome() == OrderState.Outcome.REFUNDED;
    }

    /** The bank gave the money back: the request REFUNDED and the payment REFUNDED (the callback may have been first). */
    private Refund refunded(UUID refundId) {
        for (int attempt = 0; ; attempt++) {
            try {
                return transactions.execute(tx -> {
                    var refund = refunds.findById(refundId).orElseThrow();
                    Instant now = clock.instant();
                    boolean first = refund.refunded(now);
                    var payment = payments.findById(refund.paymentId()).orElseThrow();
                    if (payment.status() != PaymentStatus.REFUNDED) {
                        payment.refunded("refund", now);
                        payments.save(payment);
                    }
                    if (first) {
                        outbox.publish(
                                PaymentRefundedV1.TOPIC,
                                refund.accountNumber(),
                                PaymentRefundedV1.TYPE,
                                PaymentRefundedV1.of(refund, payment, settings::refundable, now));
                    }
                    log.info("{} refunded", refund);
                    return refunds.saveAndFlush(refund);
                });
            } catch (OptimisticLockingFailureException e) {
                if (attempt >= 2) {
                    throw e;
                }
                // the bank's callback moved the payment meanwhile: judge again on the fresh state
            }
        }
    }

    private Payment payment(String accountNumber, UUID paymentId) {
        return payments.findByIdAndAccountNumber(paymentId, accountNumber).orElseThrow(PaymentNotFound::new);
    }

    private void check(Payment payment) {
        if (payment.channel() != PaymentChannel.CARD
                || payment.provider() == null
                || payment.orderId() == null
                || !payment.status().paid()
                || payment.paidAt() == null) {
            throw new RefundNotAllowed();
        }
        var until = until(payment);
        if (until != null && clock.instant().isAfter(until)) {
            throw new RefundPeriodOver(settings.allowedDays());
        }
        boolean open =
                refunds
                        .findByPaymentIdAndAccountNumberOrderByRequestedAtDesc(payment.id(), payment.accountNumber())
                        .stream()
                        .anyMatch(r -> r.status().open());
        if (open) {
            throw new RefundAlreadyRequested();
        }
    }

    private @Nullable Instant until(Payment payment) {
        return payment.paidAt() == null ? null : payment.paidAt().plus(Duration.ofDays(settings.allowedDays()));
    }

    /** The payment less its penalty lines (the utility does not give penalties back). */
    long refundable(Payment payment) {
        return payment.lines().stream()
                .filter(l -> settings.refundable(l.lineCode()))
                .mapToLong(l -> l.amountKopecks())
                .sum();
    }
}
