package dev.kabinet.payment.payments;

import dev.kabinet.platform.security.AccountAccess;
import dev.kabinet.platform.security.AccountNumber;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One payment towards an account (PY-5). Money moves exactly once: a payment is recorded before the bank is called
 * and its id is the idempotency key towards the bank (later issues add the attempt, callbacks and reconciliation).
 */
@Entity
@Table(name = "payment")
public class Payment {

    @Id
    private UUID id;

    @Column(name = "account_number", nullable = false, length = 13)
    private String accountNumber;

    @Column(name = "amount_kopecks", nullable = false)
    private long amountKopecks;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private PaymentStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Payment() {}

    private Payment(UUID id, String accountNumber, long amountKopecks, Instant createdAt) {
        if (!AccountNumber.isValid(accountNumber)) {
            throw new IllegalArgumentException("Not an account number");
        }
        if (amountKopecks <= 0) {
            throw new IllegalArgumentException("A payment is more than zero kopecks");
        }
        this.id = Objects.requireNonNull(id, "id");
        this.accountNumber = accountNumber;
        this.amountKopecks = amountKopecks;
        this.status = PaymentStatus.CREATED;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A payment attempt, recorded before the bank hears of it. */
    public static Payment attempt(UUID id, String accountNumber, long amountKopecks, Instant createdAt) {
        return new Payment(id, accountNumber, amountKopecks, createdAt);
    }

    public UUID id() {
        return id;
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

    public Instant createdAt() {
        return createdAt;
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
