package dev.kabinet.payment.fiscal.web;

import dev.kabinet.payment.fiscal.FiscalReceipt;
import dev.kabinet.platform.security.AccountAccess;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A fiscal e-receipt's 54-FZ details as its public page shows them (PY-8). The account number and the payer's contact
 * are masked: the link may be forwarded.
 */
@Schema(name = "FiscalReceipt")
public record FiscalReceiptView(
        UUID paymentId,

        @Schema(description = "Tag 1054: the operation", example = "Приход")
        String operation,

        @Schema(description = "Tag 1012: the receipt's date and time")
        Instant issuedAt,

        Seller seller,

        @Schema(description = "Tag 1055: the seller's taxation system", example = "ОСН")
        String taxation,

        List<Item> items,

        @Schema(description = "Tag 1020: the total, kopecks", example = "207200")
        long totalKopecks,

        @Schema(description = "Tag 1081: how it was paid", example = "Безналичными")
        String paymentForm,

        @Schema(description = "Tag 1040: ФД", example = "12345")
        String fiscalDocumentNumber,

        @Schema(description = "Tag 1077: ФП", example = "3025117496")
        String fiscalSign,

        @Schema(description = "Tag 1041: ФН", example = "7281440500123456")
        String fiscalStorageNumber,

        @Schema(description = "Tag 1008, masked", example = "iv***@example.test")
        String customerContact,

        @Schema(description = "The account paid, masked", example = "******0011")
        String accountNumber,

        @Schema(description = "Tag 1060: where the receipt can be checked", example = "www.nalog.gov.ru")
        String taxAuthoritySite,

        @Schema(description = "The receipt's QR code text (t, s, fn, i, fp, n)")
        String qr) {

    private static final DateTimeFormatter QR_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmm");

    public record Seller(
            @Schema(description = "Tag 1048") String name,

            @Schema(description = "Tag 1018", example = "7700000000")
            String inn,

            @Schema(description = "Tag 1009") String address,

            @Schema(description = "Tag 1060: the seller's site")
            String site) {}

    /** Tag 1059: one item, a charge line's service paid in full. */
    @Schema(name = "FiscalReceiptItem")
    public record Item(
            @Schema(description = "Tag 1030", example = "Электроэнергия")
            String name,

            @Schema(description = "Tag 1023", example = "1") int quantity,
            @Schema(description = "Tag 1079, kopecks") long priceKopecks,
            @Schema(description = "Tag 1043, kopecks") long amountKopecks,

            @Schema(description = "Tag 1199", example = "без НДС")
            String vat,

            @Schema(description = "Tag 1212", example = "Услуга")
            String paymentSubject,

            @Schema(description = "Tag 1214", example = "Полный расчёт")
            String paymentMethod) {}

    static FiscalReceiptView of(FiscalReceipt receipt, String site, ZoneId zone) {
        var issuedAt = Objects.requireNonNull(receipt.issuedAt());
        long total = receipt.amountKopecks();
        String qr = "t=" + QR_TIME.format(issuedAt.atZone(zone)) + "&s=" + (total / 100) + "."
                + String.format("%02d", total % 100) + "&fn=" + receipt.storageNumber() + "&i="
                + receipt.documentNumber() + "&fp=" + receipt.fiscalSign() + "&n=1";
        return new FiscalReceiptView(
                receipt.paymentId(),
                "Приход",
                issuedAt,
                new Seller(receipt.sellerName(), receipt.sellerInn(), receipt.sellerAddress(), site),
                receipt.taxation(),
                receipt.items().stream()
                        .map(i -> new Item(
                                i.name(),
                                1,
                                i.amountKopecks(),
                                i.amountKopecks(),
                                receipt.vat(),
                                "Услуга",
                                "Полный расчёт"))
                        .toList(),
                total,
                "Безналичными",
                Objects.requireNonNull(receipt.documentNumber()),
                Objects.requireNonNull(receipt.fiscalSign()),
                Objects.requireNonNull(receipt.storageNumber()),
                receipt.email() != null
                        ? maskEmail(receipt.email())
                        : maskPhone(Objects.requireNonNull(receipt.phone())),
                AccountAccess.mask(receipt.accountNumber()),
                "www.nalog.gov.ru",
                qr);
    }

    static String maskEmail(String email) {
        int at = email.indexOf('@');
        if (at <= 0) {
            return "***";
        }
        return email.substring(0, Math.min(2, at)) + "***" + email.substring(at);
    }

    static String maskPhone(String phone) {
        if (phone.length() < 4) {
            return "***";
        }
        return phone.substring(0, 2) + "*".repeat(phone.length() - 6) + phone.substring(phone.length() - 4);
    }
}
