package dev.kabinet.payment.payments;

import dev.kabinet.payment.acquirer.OrderReference;
import dev.kabinet.payment.acquirer.OrderRequest;
import dev.kabinet.payment.acquirer.OrderState;
import dev.kabinet.payment.acquirer.PaymentProvider;
import dev.kabinet.payment.acquirer.ProviderRefused;
import dev.kabinet.payment.acquirer.ProviderUnavailable;
import dev.kabinet.payment.acquirer.Registration;
import dev.kabinet.platform.problem.FieldProblem;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes card payments (PY-3): records the attempt in its own transaction before the bank hears of it, registers the
 * order at the bank, records what the bank answered, and brings the bank's word in when the resident comes back or
 * the bank calls back. A retried create (same {@code Idempotency-Key}, same request) answers the first attempt; never
 * a second order.
 */
@Component
public class PaymentCollection {

    private static final Logger log = LoggerFactory.getLogger(PaymentCollection.class);

    private final PaymentRepository payments;
    private final PaymentProvider provider;
    private final BankOutcomes outcomes;
    private final TransactionTemplate transactions;
    private final PaymentSettings settings;
    private final ChargeLines chargeLines;
    private final Clock clock;

    public PaymentCollection(
            PaymentRepository payments,
            PaymentProvider provider,
            BankOutcomes outcomes,
            TransactionTemplate transactions,
            PaymentSettings settings,
            ChargeLines chargeLines,
            Clock clock) {
        this.payments = payments;
        this.provider = provider;
        this.outcomes = outcomes;
        this.transactions = transactions;
        this.settings = settings;
        this.chargeLines = chargeLines;
        this.clock = clock;
    }

    /**
     * Starts a card payment: the answer carries the bank's hosted page to redirect to. Throws {@link
     * IdempotencyKeyReused} for a key used with another request, {@link ProviderRefused} when the bank said no (the
     * payment is {@code DECLINED}), {@link ProviderUnavailable} when the bank's answer is unknown (the payment stays
     * {@code CREATED}; the janitor asks the bank).
     */
    public Payment start(String accountNumber, PaymentOrder order, @Nullable String idempotencyKey) {
        String key = IdempotencyKeyMalformed.check(idempotencyKey);
        String fingerprint = order.fingerprint(accountNumber);
        var earlier = payments.findByAccountNumberAndIdempotencyKey(accountNumber, key);
        if (earlier.isPresent()) {
            return replay(earlier.get(), fingerprint);
        }
        check(accountNumber, order);
        Instant now = clock.instant();
        var attempt = Payment.byCard(
                UUID.randomUUID(),
                accountNumber,
                order.lines(),
                order.payer(),
                settings.consentVersion(),
                key,
                fingerprint,
                provider.name(),
                now,
                now.plus(settings.janitor().firstCheckAfter()));
        Payment recorded;
        try {
            recorded = transactions.execute(tx -> payments.saveAndFlush(attempt));
        } catch (DataIntegrityViolationException e) {
            // the same key committed by a concurrent retry first
            return replay(
                    payments.findByAccountNumberAndIdempotencyKey(accountNumber, key)
                            .orElseThrow(() -> e),
                    fingerprint);
        }
        Registration registration;
        try {
            registration = provider.register(new OrderRequest(
                    recorded.orderNumber(),
                    recorded.amountKopecks(),
                    url(settings.returnUrl(), recorded),
                    url(settings.failUrl(), recorded),
                    "Оплата по лицевому счёту " + accountNumber,
                    Payment.ORDER_LIFETIME));
        } catch (ProviderRefused refused) {
            transactions.executeWithoutResult(tx -> {
                var payment = payments.findById(recorded.id()).orElseThrow();
                payment.declined("register-" + refused.code(), clock.instant());
                payments.save(payment);
            });
            throw refused;
        } catch (ProviderUnavailable unknown) {
            log.warn("{}: the bank's answer to the registration is unknown; the janitor will ask", recorded);
            throw unknown;
        }
        return transactions.execute(tx -> {
            var payment = payments.findById(recorded.id()).orElseThrow();
            if (payment.status() == PaymentStatus.CREATED) {
                payment.sent(registration.orderId(), registration.formUrl(), clock.instant());
            }
            return payments.saveAndFlush(payment);
        });
    }

    /** The first answer again for a retried create; a refusal for the same key with another request. */
    private Payment replay(Payment earlier, String fingerprint) {
        if (!earlier.sameRequest(fingerprint)) {
            throw new IdempotencyKeyReused();
        }
        if (earlier.status() == PaymentStatus.CREATED) {
            throw new ProviderUnavailable(new IllegalStateException("the first attempt's outcome is still unknown"));
        }
        if (earlier.status() == PaymentStatus.DECLINED && earlier.orderId() == null) {
            throw new ProviderRefused(String.valueOf(earlier.outcomeCode()));
        }
        return earlier;
    }

    /**
     * The rules of a payment's lines (PY-1): each line once, the total within the limit ({@link PaymentInvalid}), then
     * each line one the account has in billing ({@link UnknownChargeLine}, issue #5 fault D; billing asked only for
     * an otherwise valid order).
     */
    private void check(String accountNumber, PaymentOrder order) {
        var errors = new ArrayList<FieldProblem>();
        var codes = new HashSet<String>();
        for (int i = 0; i < order.lines().size(); i++) {
            if (!codes.add(order.lines().get(i).lineCode())) {
                errors.add(FieldProblem.of("lines[" + i + "].lineCode", "field.line.repeated"));
            }
        }
        if (order.totalKopecks() > settings.maxKopecks()) {
            errors.add(FieldProblem.of("lines", "field.total.too-large", settings.maxKopecks() / 100));
        }
        if (!errors.isEmpty()) {
            throw new PaymentInvalid(errors);
        }
        var known = chargeLines.of(accountNumber);
        var unknown = new ArrayList<FieldProblem>();
        for (int i = 0; i < order.lines().size(); i++) {
            if (!known.contains(order.lines().get(i).lineCode())) {
                unknown.add(FieldProblem.of("lines[" + i + "].lineCode", "field.line.unknown"));
            }
        }
        if (!unknown.isEmpty()) {
            throw new UnknownChargeLine(unknown);
        }
    }

    /**
     * The resident is back from the bank's page (PY-3, PY-4): asks the bank about a payment whose outcome is not known
     * yet, so the cabinet shows it at once even when the callback is late. The bank unreachable: the payment as it
     * stands (the callback or the janitor will bring the outcome).
     */
    public Payment returned(String accountNumber, UUID id) {
        var payment = payments.findByIdAndAccountNumber(id, accountNumber).orElseThrow(PaymentNotFound::new);
        if (!payment.status().outcomeUnknown() || payment.provider() == null) {
            return payment;
        }
        try {
            var state = provider.status(new OrderReference(payment.orderId(), payment.orderNumber()));
            return outcomes.apply(id, state);
        } catch (ProviderUnavailable | ProviderRefused e) {
            outcomes.checkSoon(id);
            return payment;
        }
    }

    /**
     * A callback of the bank (PY-4): verified by its checksum, then a successful deposit is taken as it stands and any
     * other word makes the cabinet ask the bank for the order's state, so a duplicate or out-of-order callback cannot
     * move a payment the wrong way. Answers the payment as it stands.
     */
    public Payment calledBack(Map<String, String> parameters) {
        var notice = provider.verify(parameters).orElseThrow(CallbackNotVerified::new);
        var payment = payments.findByProviderAndOrderId(provider.name(), notice.orderId())
                .or(() -> byOrderNumber(notice.orderNumber()))
                .orElseThrow(CallbackNotVerified::new);
        if (notice.paid()) {
            return outcomes.apply(
                    payment.id(),
                    new OrderState(
                            OrderState.Outcome.PAID, notice.orderId(), payment.amountKopecks(), clock.instant(), null));
        }
        try {
            return outcomes.apply(
                    payment.id(), provider.status(new OrderReference(notice.orderId(), payment.orderNumber())));
        } catch (ProviderUnavailable | ProviderRefused e) {
            outcomes.checkSoon(payment.id());
            return payment;
        }
    }

    private Optional<Payment> byOrderNumber(@Nullable String orderNumber) {
        if (orderNumber == null || !orderNumber.matches("^[0-9a-f]{32}$")) {
            return Optional.empty();
        }
        var id = UUID.fromString(orderNumber.replaceFirst("^(.{8})(.{4})(.{4})(.{4})(.{12})$", "$1-$2-$3-$4-$5"));
        return payments.findById(id).filter(p -> provider.name().equals(p.provider()));
    }

    private static String url(String template, Payment payment) {
        return template.replace("{id}", payment.id().toString()).replace("{account}", payment.accountNumber());
    }
}
