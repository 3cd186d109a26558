package dev.kabinet.payment.payments;

import java.time.Instant;
import java.util.UUID;

public final class PaymentFixtures {

    private PaymentFixtures() {}

    public static Payment aPayment(String id, String accountNumber, long amountKopecks, String createdAt) {
        return Payment.attempt(UUID.fromString(id), accountNumber, amountKopecks, Instant.parse(createdAt));
    }
}
