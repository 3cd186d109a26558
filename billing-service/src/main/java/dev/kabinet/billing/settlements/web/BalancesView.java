package dev.kabinet.billing.settlements.web;

import dev.kabinet.billing.settlements.Settlements.LineBalance;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The current settlements of an account per charge line (BL-1); money in integer kopecks. */
public record BalancesView(String accountNumber, List<Line> lines) {

    static BalancesView of(String accountNumber, List<LineBalance> balances) {
        return new BalancesView(accountNumber, balances.stream().map(Line::of).toList());
    }

    @Schema(name = "LineBalanceView")
    public record Line(
            @Schema(description = "Charge line code", example = "EL")
            String code,

            @Schema(example = "ELECTRICITY") String service,

            @Schema(description = "CONSUMPTION, COMMON_HOUSE, MAINTENANCE, PENALTY or OTHER", example = "CONSUMPTION")
            String kind,

            @Schema(description = "Name on receipts", example = "Электроэнергия")
            String name,

            @Schema(
                    description = "The latest period settled, YYYY-MM; null before anything was charged or paid",
                    example = "2026-10",
                    nullable = true)
            @Nullable
            String period,

            @Schema(description = "Opening balance, kopecks: positive a debt, negative an overpayment", example = "0")
            long openingKopecks,

            @Schema(description = "Charges of the period, kopecks", example = "257200")
            long chargesKopecks,

            @Schema(description = "Recalculations of earlier periods, kopecks (negative: a credit)", example = "0")
            long recalculationsKopecks,

            @Schema(description = "Payments credited in the period, kopecks", example = "100000")
            long paymentsKopecks,

            @Schema(description = "opening + charges + recalculations − payments", example = "157200")
            long closingKopecks,

            @Schema(description = "The closing balance when positive, else 0", example = "157200")
            long debtKopecks,

            @Schema(description = "Minus the closing balance when negative, else 0", example = "0")
            long overpaymentKopecks) {

        static Line of(LineBalance balance) {
            var line = balance.line();
            var settlement = balance.latest();
            return new Line(
                    line.code(),
                    line.service().name(),
                    line.kind().name(),
                    line.name(),
                    settlement.map(s -> s.period().toString()).orElse(null),
                    settlement.map(s -> s.openingKopecks()).orElse(0L),
                    settlement.map(s -> s.chargesKopecks()).orElse(0L),
                    settlement.map(s -> s.recalculationsKopecks()).orElse(0L),
                    settlement.map(s -> s.paymentsKopecks()).orElse(0L),
                    settlement.map(s -> s.closingKopecks()).orElse(0L),
                    settlement.map(s -> s.debtKopecks()).orElse(0L),
                    settlement.map(s -> s.overpaymentKopecks()).orElse(0L));
        }
    }
}
