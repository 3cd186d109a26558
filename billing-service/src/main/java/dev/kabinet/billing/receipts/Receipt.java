package dev.kabinet.billing.receipts;

import dev.kabinet.billing.receipts.ReceiptSettings.Payee;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * One single payment document (ЕПД, BL-3; DOMAIN.md "Receipt") of an account for a closed period: the payee, the charge
 * lines it covers with their settlements in kopecks, the meters' readings and the due date. A utility that issues a
 * line separately (manual 004: gas, VDGO) gets a receipt of its own for it, with its own total and QR code.
 *
 * @param title what the receipt covers, printed after «ЕДИНЫЙ ПЛАТЁЖНЫЙ ДОКУМЕНТ» («за октябрь 2026 г.», «… — Газ»)
 * @param meters one line per meter: its service, zone and the previous and current readings; empty when none
 */
public record Receipt(
        Payee payee,
        String accountNumber,
        YearMonth period,
        LocalDate dueDate,
        String title,
        List<Line> lines,
        List<String> meters) {

    public Receipt {
        Objects.requireNonNull(payee, "payee");
        Objects.requireNonNull(accountNumber, "accountNumber");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(dueDate, "dueDate");
        lines = List.copyOf(lines);
        meters = List.copyOf(meters);
    }

    /** A charge line's settlement for the period, kopecks: closing = opening + charges + recalculations − payments. */
    public record Line(
            String code,
            String name,
            long openingKopecks,
            long chargesKopecks,
            long recalculationsKopecks,
            long paymentsKopecks) {

        public long closingKopecks() {
            return openingKopecks + chargesKopecks + recalculationsKopecks - paymentsKopecks;
        }
    }

    /** What to pay: the lines' closing balances added up (an advance on one line lowers it), never below 0. */
    public long totalKopecks() {
        return Math.max(0, lines.stream().mapToLong(Line::closingKopecks).sum());
    }

    /** The payment QR code's text (GOST R 56042-2014). */
    public String paymentCode() {
        return PaymentCode.of(this);
    }
}
