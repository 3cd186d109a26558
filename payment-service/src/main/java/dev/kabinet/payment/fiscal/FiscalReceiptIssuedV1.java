package dev.kabinet.payment.fiscal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * {@code payment.FiscalReceiptIssued.v1} on {@code payment.payments} (contracts/): a confirmed payment's fiscal
 * e-receipt was issued (PY-8); notification-service sends {@code receiptUrl} to the e-mail or phone. Both contacts are
 * always written, {@code null} when not given.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record FiscalReceiptIssuedV1(
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

    public static final String TOPIC = "payment.payments";
    public static final String TYPE = "payment.FiscalReceiptIssued.v1";

    static FiscalReceiptIssuedV1 of(FiscalReceipt receipt, FiscalDocument document, String receiptUrl) {
        return new FiscalReceiptIssuedV1(
                receipt.paymentId(),
                receipt.accountNumber(),
                receipt.amountKopecks(),
                document.registeredAt(),
                document.documentNumber(),
                document.fiscalSign(),
                document.storageNumber(),
                receiptUrl,
                receipt.email(),
                receipt.phone());
    }
}
