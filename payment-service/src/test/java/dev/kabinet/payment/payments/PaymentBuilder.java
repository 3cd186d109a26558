package dev.kabinet.payment.payments;

import java.time.Instant;
import java.util.UUID;

/** Test data: payment attempts, with sensible defaults. */
public final class PaymentBuilder {

    private UUID id = UUID.randomUUID();
    private String accountNumber = "1000000011";
    private long amountKopecks = 150000;
    private Instant createdAt = Instant.parse("2026-10-05T09:00:00Z");

    private PaymentBuilder() {}

    /** A payment attempt of 1,500.00 ₽ on ivanova's account 1000000011. */
    public static PaymentBuilder aPayment() {
        return new PaymentBuilder();
    }

    public PaymentBuilder id(String id) {
        this.id = UUID.fromString(id);
        return this;
    }

    public PaymentBuilder on(String accountNumber) {
        this.accountNumber = accountNumber;
        return this;
    }

    public PaymentBuilder amountKopecks(long amountKopecks) {
        this.amountKopecks = amountKopecks;
        return this;
    }

    public PaymentBuilder createdAt(String instant) {
        this.createdAt = Instant.parse(instant);
        return this;
    }

    public Payment build() {
        return Payment.attempt(id, accountNumber, amountKopecks, createdAt);
    }
}
