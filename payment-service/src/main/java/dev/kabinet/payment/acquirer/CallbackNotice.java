package dev.kabinet.payment.acquirer;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A signed word from the bank that something happened to an order. Only a successful deposit is taken as it stands
 * ({@link #paid()}); anything else is a reason to ask the bank what the order's state is now, so a duplicate or
 * out-of-order callback cannot move a payment the wrong way.
 */
public record CallbackNotice(String orderId, @Nullable String orderNumber, String operation, boolean success) {

    public CallbackNotice {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(operation, "operation");
    }

    /** The bank says it took the money. */
    public boolean paid() {
        return success && "deposited".equals(operation);
    }
}
