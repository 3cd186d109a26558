package dev.kabinet.payment.fiscal.web;

import dev.kabinet.payment.fiscal.FiscalReceipts;
import dev.kabinet.payment.fiscal.FiscalSettings;
import dev.kabinet.platform.web.ProblemResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The fiscal e-receipt's public page (PY-8): whoever has the link the payer was sent sees the receipt, without
 * logging in ({@code kabinet.security.public-paths}, the gateway's PublicApi). The payment id is a random UUID; the
 * receipt shows no more than a paper one would, the account and the contact masked.
 */
@RestController
@Tag(name = "Fiscal receipts", description = "Электронные кассовые чеки по 54-ФЗ — открыты по ссылке из письма или SMS")
class FiscalReceiptController {

    private final FiscalReceipts receipts;
    private final FiscalSettings fiscal;
    private final ZoneId zone;

    FiscalReceiptController(
            FiscalReceipts receipts, FiscalSettings fiscal, @Value("${kabinet.payment.time-zone}") ZoneId zone) {
        this.receipts = receipts;
        this.fiscal = fiscal;
        this.zone = zone;
    }

    @GetMapping(path = "/api/v1/fiscal-receipts/{paymentId}", produces = "application/json")
    @Operation(
            operationId = "fiscalReceipt",
            summary = "A payment's fiscal e-receipt (PY-8)",
            description = "The receipt's 54-FZ details: seller and INN, items per charge line with VAT, total, how it"
                    + " was paid, date and time, the FD, FP and FN numbers and the QR code's text.")
    @SecurityRequirements
    @ProblemResponse(
            status = 404,
            types = "fiscal-receipt-not-found",
            description = "No receipt issued for that payment (yet)")
    FiscalReceiptView receipt(@PathVariable UUID paymentId) {
        return FiscalReceiptView.of(receipts.issued(paymentId), fiscal.seller().site(), zone);
    }
}
