package dev.kabinet.notification.deliveries;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * An account's bill of a closed period (NT-4, from {@code billing.ReceiptIssued.v1}), as the resident is told about it.
 *
 * @param totalKopecks what the bill asks to pay (0 when overpaid)
 * @param debtKopecks the sum of the lines' closing balances: above 0 a debt a reminder is about (NT-3)
 */
public record IssuedReceipt(
        String accountNumber, YearMonth period, long totalKopecks, LocalDate dueDate, long debtKopecks) {

    public IssuedReceipt {
        Objects.requireNonNull(accountNumber, "accountNumber");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(dueDate, "dueDate");
    }

    /** What the e-mail attaches, fetched from billing when it leaves: {@code receipt:<account>/<YYYY-MM>}. */
    public String attachment() {
        return Attachments.RECEIPT + accountNumber + "/" + period;
    }
}
