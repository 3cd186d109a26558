package dev.kabinet.payment.accounting.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.kabinet.platform.messaging.IncomingEvent.MalformedEvent;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * payment-service's own copy of {@code billing.PaymentApplied.v1} (contracts/events), the fields it reads. The golden
 * example of the contract must keep deserialising into it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record PaymentAppliedV1(
        @Nullable UUID paymentId,
        @Nullable String accountNumber,
        @Nullable Instant appliedAt) {

    static final String TYPE = "billing.PaymentApplied.v1";
    static final String TOPIC = "billing.payments";

    void requireFields() {
        if (paymentId == null || accountNumber == null || appliedAt == null) {
            throw new MalformedEvent("unreadable: " + TYPE + " without a required field");
        }
    }
}
