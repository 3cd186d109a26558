package dev.kabinet.payment.acquirer;

import java.util.Objects;

/** The bank's answer to a registered order: its id and the hosted page the resident is redirected to. */
public record Registration(String orderId, String formUrl) {

    public Registration {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(formUrl, "formUrl");
    }
}
