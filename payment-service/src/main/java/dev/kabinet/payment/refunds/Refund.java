package dev.kabinet.payment.refunds;

import dev.kabinet.platform.security.AccountAccess;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A payer's request to give a card payment's money back (PY-9): how much and why, who asked and when, and the
 * operator's decision (who, when, why not). The moves of {@link RefundStatus}; a move the table does not allow is
 * {@link RefundAlreadyDecided}.
 */
@Entity
@Table(name = "refund")
public class Refund {

    @Id
    private UUID id;

    @Column(name = "payment_id", nullable = false)
    private UUID paymentId;

    @Column(name = "account_number", nullable = false, length = 13)
    private String accountNumber;

    @Column(name = "amount_kopecks", nullable = false)
    private long amountKopecks;

    @Column(name = "reason", nullable = false, length = 500)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private RefundStatus status;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "requested_by", nullable = false, length = 100)
    private String requestedBy;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    @Column(name = "decided_by", length = 100)
    private @Nullable String decidedBy;

    @Column(name = "decision_note", length = 500)
    private @Nullable String decisionNote;

    @Column(name = "refunded_at")
    private @Nullable Instant refundedAt;

    @Column(name = "bank_code", length = 40)
    private @Nullable String bankCode;

    @Version
    private @Nullable Integer version;

    protected Refund() {}

    static Refund requested(
            UUID paymentId, String accountNumber, long amountKopecks, String reason, String requestedBy, Instant now) {
        if (amountKopecks <= 0) {
            throw new IllegalArgumentException("A refund is more than zero kopecks");
        }
        var refund = new Refund();
        refund.id = UUID.randomUUID();
        refund.paymentId = Objects.requireNonNull(paymentId, "paymentId");
        refund.accountNumber = Objects.requireNonNull(accountNumber, "accountNumber");
        refund.amountKopecks = amountKopecks;
        refund.reason = Objects.requireNonNull(reason, "reason");
        refund.requestedBy = Objects.requireNonNull(requestedBy, "requestedBy");
        refund.requestedAt = Objects.requireNonNull(now, "now");
        refund.status = RefundStatus.REFUND_REQUESTED;
        return refund;
    }

    /**
     * An operator approved it: the bank is to be asked. Approving an approved request again (the bank's answer was
     * unknown) keeps the first approval; false then.
     */
    boolean approve(String operator, Instant now) {
        if (status == RefundStatus.APPROVED) {
            return false;
        }
        guard(RefundStatus.REFUND_REQUESTED);
        this.status = RefundStatus.APPROVED;
        this.decidedBy = Objects.requireNonNull(operator, "operator");
        this.decidedAt = now;
        return true;
    }

    /** An operator refused it, saying why. */
    void reject(String operator, String note, Instant now) {
        guard(RefundStatus.REFUND_REQUESTED);
        this.status = RefundStatus.REFUND_REJECTED;
        this.decidedBy = Objects.requireNonNull(operator, "operator");
        this.decisionNote = Objects.requireNonNull(note, "note");
        this.decidedAt = now;
    }

    /** The bank gave the money back; false when it was recorded already. */
    boolean refunded(Instant now) {
        if (status == RefundStatus.REFUNDED) {
            return false;
        }
        guard(RefundStatus.APPROVED);
        this.status = RefundStatus.REFUNDED;
        this.refundedAt = now;
        return true;
    }

    /** The bank refused the refund (its error code kept). */
    void failed(String code) {
        guard(RefundStatus.APPROVED);
        this.status = RefundStatus.REFUND_FAILED;
        this.bankCode = code;
    }

    private void guard(RefundStatus expected) {
        if (status != expected) {
            throw new RefundAlreadyDecided();
        }
    }

    public UUID id() {
        return id;
    }

    public UUID paymentId() {
        return paymentId;
    }

    public String accountNumber() {
        return accountNumber;
    }

    public long amountKopecks() {
        return amountKopecks;
    }

    public String reason() {
        return reason;
    }

    public RefundStatus status() {
        return status;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public @Nullable Instant decidedAt() {
        return decidedAt;
    }

    public @Nullable String decidedBy() {
        return decidedBy;
    }

    public @Nullable String decisionNote() {
        return decisionNote;
    }

    public @Nullable Instant refundedAt() {
        return refundedAt;
    }

    public @Nullable String bankCode() {
        return bankCode;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Refund refund && Objects.equals(id, refund.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return "Refund[" + id + ", " + AccountAccess.mask(accountNumber) + ", " + status + "]";
    }
}
