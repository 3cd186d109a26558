package dev.kabinet.billing.payments.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.kabinet.billing.payments.IncomingPayment;
import dev.kabinet.platform.messaging.IncomingEvent.MalformedEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Billing's own copy of {@code payment.PaymentConfirmed.v1} and {@code backoffice.PaymentReceived.v1}
 * (contracts/events): the fields billing reads are the same in both. The golden examples must keep deserialising into
 * it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record PaymentV1(
        @Nullable UUID paymentId,
        @Nullable String accountNumber,
        @Nullable Long amountKopecks,
        @Nullable List<Line> lines,
        @Nullable Instant paidAt,
        @Nullable String channel) {

    static final String TYPE = "payment.PaymentConfirmed.v1";
    static final String BACKOFFICE_TYPE = "backoffice.PaymentReceived.v1";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Line(@Nullable String lineCode, @Nullable Long amountKopecks) {}

    /** The payment as billing credits it; a record without a required field is malformed, dead-lettered at once. */
    IncomingPayment toPayment() {
        if (paymentId == null
                || accountNumber == null
                || amountKopecks == null
                || lines == null
                || paidAt == null
                || channel == null
                || lines.stream().anyMatch(l -> l == null || l.lineCode() == null || l.amountKopecks() == null)) {
            throw new MalformedEvent("unreadable: a payment without a required field");
        }
        return new IncomingPayment(
                paymentId,
                accountNumber,
                amountKopecks,
                lines.stream()
                        .map(l -> new IncomingPayment.Line(l.lineCode(), l.amountKopecks()))
                        .toList(),
                paidAt,
                channel);
    }
}
