package dev.kabinet.notification.deliveries;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The fiscal e-receipt of a payment (NT-5, 54-FZ, from {@code payment.FiscalReceiptIssued.v1}): sent to the e-mail the
 * payer gave, else as an SMS with its link to the phone they gave.
 */
public record FiscalReceipt(
        UUID paymentId,
        String accountNumber,
        long amountKopecks,
        Instant issuedAt,
        String fiscalDocumentNumber,
        String fiscalSign,
        String fiscalStorageNumber,
        String receiptUrl,
        @Nullable String email,
        @Nullable String phone) {

    public FiscalReceipt {
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(accountNumber, "accountNumber");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(receiptUrl, "receiptUrl");
        if ((email == null || email.isBlank()) && (phone == null || phone.isBlank())) {
            throw new IllegalArgumentException("A fiscal receipt goes to an e-mail or a phone");
        }
    }
}
