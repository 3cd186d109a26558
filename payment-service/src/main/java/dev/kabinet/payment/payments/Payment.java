package dev.kabinet.payment.payments;

import dev.kabinet.platform.security.AccountAccess;
import dev.kabinet.platform.security.AccountNumber;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * One payment towards an account (PY-3, PY-4, PY-5), split over billing's charge lines. Money moves exactly once: the
 * attempt is recorded ({@link PaymentStatus#CREATED}) before the bank hears of it, its id is the order number at the
 * bank, and every later state comes from the bank's word (its answer, a signed callback or the janitor's question)
 * through the state machine of {@link PaymentStatus}. A word that repeats the current state changes nothing; one the
 * state machine does not allow is refused by {@link #move}.
 */
@Entity
@Table(name = "payment")
public class Payment {

    /** How long the bank keeps the hosted page open (DOMAIN.md "Card payments"). */
    public static final Duration ORDER_LIFETIME = Duration.ofMinutes(20);

    @Id
    private UUID id;

    @Column(name = "account_number", nullable = false, length = 13)
    private String accountNumber;

    @Column(name = "amount_kopecks", nullable = false)
    private long amountKopecks;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private PaymentStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 20)
    private PaymentChannel channel;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "payment_line", joinColumns = @JoinColumn(name = "payment_id"))
    private List<PaymentLine> lines = new ArrayList<>();

    @Column(name = "idempotency_key", length = 64)
    private @Nullable String idempotencyKey;

    /** SHA-256 of the request, 64 hex digits ({@code char(64)}). */
    @Column(name = "request_hash", length = 64)
    @JdbcTypeCode(SqlTypes.CHAR)
    private @Nullable String requestHash;

    @Column(name = "provider", length = 20)
    private @Nullable String provider;

    @Column(name = "order_id", length = 64)
    private @Nullable String orderId;

    @Column(name = "form_url", length = 1024)
    private @Nullable String formUrl;

    @Column(name = "payer_name", length = 200)
    private @Nullable String payerName;

    @Column(name = "payer_email", length = 254)
    private @Nullable String payerEmail;

    @Column(name = "payer_phone", length = 16)
    private @Nullable String payerPhone;

    @Column(name = "consent_version", length = 40)
    private @Nullable String consentVersion;

    @Column(name = "consent_at")
    private @Nullable Instant consentAt;

    @Column(name = "expires_at")
    private @Nullable Instant expiresAt;

    @Column(name = "sent_at")
    private @Nullable Instant sentAt;

    @Column(name = "paid_at")
    private @Nullable Instant paidAt;

    @Column(name = "accounted_at")
    private @Nullable Instant accountedAt;

    @Column(name = "finished_at")
    private @Nullable Instant finishedAt;

    @Column(name = "outcome_code", length = 40)
    private @Nullable String outcomeCode;

    @Column(name = "next_check_at")
    private @Nullable Instant nextCheckAt;

    /** Optimistic lock; null until first stored, so Spring Data persists a new payment instead of merging it. */
    @Version
    private @Nullable Integer version;

    protected Payment() {}

    private Payment(UUID id, String accountNumber, long amountKopecks, PaymentChannel channel, Instant createdAt) {
        if (!AccountNumber.isValid(accountNumber)) {
            throw new IllegalArgumentException("Not an account number");
        }
        if (amountKopecks <= 0) {
            throw new IllegalArgumentException("A payment is more than zero kopecks");
        }
        this.id = Objects.requireNonNull(id, "id");
        this.accountNumber = accountNumber;
        this.amountKopecks = amountKopecks;
        this.channel = Objects.requireNonNull(channel, "channel");
        this.status = PaymentStatus.CREATED;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A payment attempt of a sum, recorded before the bank hears of it (history rows, tests). */
    public static Payment attempt(UUID id, String accountNumber, long amountKopecks, Instant createdAt) {
        return new Payment(id, accountNumber, amountKopecks, PaymentChannel.CARD, createdAt);
    }

    /**
     * A card payment of these lines (PY-1, PY-2), recorded before the bank hears of it (PY-3). The total is the sum of
     * the lines; each line appears once. The janitor asks the bank about it from {@code checkFrom} on.
     */
    public static Payment byCard(
            UUID id,
            String accountNumber,
            List<PaymentLine> lines,
            Payer payer,
            String consentVersion,
            String idempotencyKey,
            String requestHash,
            String provider,
            Instant now,
            Instant checkFrom) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("A payment pays at least one line");
        }
        var codes = new HashSet<String>();
        long total = 0;
        for (var line : lines) {
            if (!codes.add(line.lineCode())) {
                throw new IllegalArgumentException("A line appears once");
            }
            total = Math.addExact(total, line.amountKopecks());
        }
        var payment = new Payment(id, accountNumber, total, PaymentChannel.CARD, now);
        payment.lines.addAll(lines);
        payment.payerName = payer.name();
        payment.payerEmail = payer.email();
        payment.payerPhone = payer.phone();
        payment.consentVersion = Objects.requireNonNull(consentVersion, "consentVersion");
        payment.consentAt = now;
        payment.idempotencyKey = Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        payment.requestHash = Objects.requireNonNull(requestHash, "requestHash");
        payment.provider = Objects.requireNonNull(provider, "provider");
        payment.expiresAt = now.plus(ORDER_LIFETIME);
        payment.nextCheckAt = checkFrom;
        return payment;
    }

    /** The bank registered the order and gave its hosted page (PY-3). */
    public boolean sent(String orderId, String formUrl, Instant now) {
        Objects.requireNonNull(orderId, "orderId");
        if (status == PaymentStatus.SENT && orderId.equals(this.orderId)) {
            return false;
        }
        move(PaymentStatus.SENT);
        this.orderId = orderId;
        this.formUrl = formUrl;
        this.sentAt = now;
        return true;
    }

    /** The bank knows the order (the janitor asked), though its hosted page never reached the cabinet. */
    public boolean registeredAtBank(String orderId, Instant now) {
        if (status != PaymentStatus.CREATED) {
            return false;
        }
        move(PaymentStatus.SENT);
        this.orderId = orderId;
        this.sentAt = now;
        return true;
    }

    /**
     * The bank took the money ("в обработке"): the fact billing and the back office are told of, once. Empty when the
     * payment was confirmed already (a duplicate or late word).
     */
    public Optional<PaymentConfirmed> confirmed(@Nullable String orderId, Instant paidAt) {
        if (status.paid() || status == PaymentStatus.REFUNDED) {
            return Optional.empty();
        }
        move(PaymentStatus.CONFIRMED);
        if (orderId != null && this.orderId == null) {
            this.orderId = orderId;
        }
        this.paidAt = Objects.requireNonNull(paidAt, "paidAt");
        this.nextCheckAt = null;
        this.finishedAt = null;
        return Optional.of(new PaymentConfirmed(
                id, accountNumber, amountKopecks, List.copyOf(lines), paidAt, channel, provider, this.orderId));
    }

    /** Billing credited the payment to the account's lines ("оплачено", PY-4). */
    public boolean accounted(Instant now) {
        if (status == PaymentStatus.ACCOUNTED) {
            return false;
        }
        move(PaymentStatus.ACCOUNTED);
        this.accountedAt = now;
        return true;
    }

    /** The bank refused the order or the card (PY-3: the resident may try again with a new payment). */
    public boolean declined(@Nullable String code, Instant now) {
        return finish(PaymentStatus.DECLINED, code, now);
    }

    /** The order's 20 minutes passed without a payment (PY-3: a new try is allowed). */
    public boolean expired(@Nullable String code, Instant now) {
        return finish(PaymentStatus.EXPIRED, code, now);
    }

    /** The money went back to the card (a refund, or the bank's reversal of a confirmed payment). */
    public boolean refunded(@Nullable String code, Instant now) {
        return finish(PaymentStatus.REFUNDED, code, now);
    }

    private boolean finish(PaymentStatus target, @Nullable String code, Instant now) {
        if (status == target) {
            return false;
        }
        move(target);
        this.outcomeCode = code;
        this.finishedAt = now;
        this.nextCheckAt = null;
        return true;
    }

    /** The bank has not said yet; ask it again at {@code next}. */
    public void checkAgainAt(Instant next) {
        if (status.outcomeUnknown()) {
            this.nextCheckAt = next;
        }
    }

    private void move(PaymentStatus target) {
        if (!status.canMoveTo(target)) {
            throw new PaymentTransitionRefused(status, target);
        }
        this.status = target;
    }

    /** The bank's order has lived its 20 minutes, with {@code grace} on top for clocks and late callbacks. */
    public boolean orderOutlived(Instant now, Duration grace) {
        return expiresAt != null && now.isAfter(expiresAt.plus(grace));
    }

    /** Whether a create with this key and this request is a retry of this payment's. */
    public boolean sameRequest(String requestHash) {
        return requestHash.equals(this.requestHash);
    }

    public UUID id() {
        return id;
    }

    /** The order number at the bank: the payment id without dashes (32 characters, the protocol's limit). */
    public String orderNumber() {
        return id.toString().replace("-", "");
    }

    public String accountNumber() {
        return accountNumber;
    }

    public long amountKopecks() {
        return amountKopecks;
    }

    public PaymentStatus status() {
        return status;
    }

    public PaymentChannel channel() {
        return channel;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<PaymentLine> lines() {
        return List.copyOf(lines);
    }

    public @Nullable String idempotencyKey() {
        return idempotencyKey;
    }

    public @Nullable String provider() {
        return provider;
    }

    public @Nullable String orderId() {
        return orderId;
    }

    public @Nullable String formUrl() {
        return formUrl;
    }

    public @Nullable Payer payer() {
        return payerName == null ? null : new Payer(payerName, payerEmail, payerPhone);
    }

    public @Nullable Instant expiresAt() {
        return expiresAt;
    }

    public @Nullable Instant paidAt() {
        return paidAt;
    }

    public @Nullable Instant accountedAt() {
        return accountedAt;
    }

    public @Nullable Instant finishedAt() {
        return finishedAt;
    }

    public @Nullable String outcomeCode() {
        return outcomeCode;
    }

    public @Nullable Instant nextCheckAt() {
        return nextCheckAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Payment payment && Objects.equals(id, payment.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return "Payment[" + id + ", " + AccountAccess.mask(accountNumber) + ", " + status + "]";
    }
}
