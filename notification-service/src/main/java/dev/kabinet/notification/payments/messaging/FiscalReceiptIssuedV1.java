package dev.kabinet.notification.payments.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.kabinet.notification.deliveries.FiscalReceipt;
import dev.kabinet.platform.messaging.IncomingEvent.MalformedEvent;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Notification's own copy of {@code payment.FiscalReceiptIssued.v1} (contracts/events). The golden example of the
 * contract must keep deserialising into it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record FiscalReceiptIssuedV1(
        @Nullable UUID paymentId,
        @Nullable String accountNumber,
        @Nullable Long amountKopecks,
        @Nullable Instant issuedAt,
        @Nullable String fiscalDocumentNumber,
        @Nullable String fiscalSign,
        @Nullable String fiscalStorageNumber,
        @Nullable String receiptUrl,
        @Nullable String email,
        @Nullable String phone) {

    static final String TYPE = "payment.FiscalReceiptIssued.v1";

    FiscalReceipt toFiscalReceipt() {
        if (paymentId == null
                || accountNumber == null
                || amountKopecks == null
                || issuedAt == null
                || fiscalDocumentNumber == null
                || fiscalSign == null
                || fiscalStorageNumber == null
                || receiptUrl == null) {
            throw new MalformedEvent("unreadable: " + TYPE + " without a required field");
        }
        if ((email == null || email.isBlank()) && (phone == null || phone.isBlank())) {
            throw new MalformedEvent("invalid-record: " + TYPE + " with neither email nor phone");
        }
        return new FiscalReceipt(
                paymentId,
                accountNumber,
                amountKopecks,
                issuedAt,
                fiscalDocumentNumber,
                fiscalSign,
                fiscalStorageNumber,
                receiptUrl,
                email,
                phone);
    }
}
