package dev.kabinet.billing.receipts.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.YearMonth;
import java.util.List;

/** The periods whose receipt an account can download (BL-3), newest first. */
public record ReceiptsView(String accountNumber, List<Period> periods) {

    static ReceiptsView of(String accountNumber, List<YearMonth> periods) {
        return new ReceiptsView(
                accountNumber,
                periods.stream()
                        .map(p -> new Period(p.toString(), fileName(accountNumber, p)))
                        .toList());
    }

    static String fileName(String accountNumber, YearMonth period) {
        return "receipt-" + accountNumber + "-" + period + ".pdf";
    }

    @Schema(name = "ReceiptPeriodView")
    public record Period(
            @Schema(description = "A closed period, YYYY-MM", example = "2026-10")
            String period,

            @Schema(description = "The name the PDF is saved under", example = "receipt-1000000011-2026-10.pdf")
            String fileName) {}
}
