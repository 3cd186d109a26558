package dev.kabinet.payment.acquirer;

import java.time.Duration;
import java.util.Objects;

/** An order to register at the bank: the payment's number, its sum and where the bank sends the resident back. */
public record OrderRequest(
        String orderNumber,
        long amountKopecks,
        String returnUrl,
        String failUrl,
        String description,
        Duration lifetime) {

    public OrderRequest {
        Objects.requireNonNull(orderNumber, "orderNumber");
        if (amountKopecks <= 0) {
            throw new IllegalArgumentException("An order is more than zero kopecks");
        }
        Objects.requireNonNull(returnUrl, "returnUrl");
        Objects.requireNonNull(failUrl, "failUrl");
        Objects.requireNonNull(lifetime, "lifetime");
    }
}
