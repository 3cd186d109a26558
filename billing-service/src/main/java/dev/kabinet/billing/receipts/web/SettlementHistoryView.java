package dev.kabinet.billing.receipts.web;

import dev.kabinet.billing.receipts.AccountStatements.LineStatement;
import dev.kabinet.billing.receipts.AccountStatements.PeriodStatement;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** Settlements of every period per charge line (BL-1, BL-2), newest period first; money in integer kopecks. */
public record SettlementHistoryView(String accountNumber, List<Period> periods) {

    static SettlementHistoryView of(String accountNumber, List<PeriodStatement> periods) {
        return new SettlementHistoryView(
                accountNumber,
                periods.stream()
                        .map(p -> {
                            var lines = p.lines().stream().map(Line::of).toList();
                            return new Period(
                                    p.period().toString(),
                                    lines.stream()
                                            .mapToLong(Line::chargesKopecks)
                                            .sum(),
                                    lines.stream()
                                            .mapToLong(Line::recalculationsKopecks)
                                            .sum(),
                                    lines.stream()
                                            .mapToLong(Line::paymentsKopecks)
                                            .sum(),
                                    lines.stream()
                                            .mapToLong(Line::closingKopecks)
                                            .sum(),
                                    lines);
                        })
                        .toList());
    }

    @Schema(name = "SettlementPeriodView")
    public record Period(
            @Schema(description = "YYYY-MM", example = "2026-10")
            String period,

            @Schema(description = "Charges of the period, all lines, kopecks")
            long chargesKopecks,

            @Schema(description = "Recalculations, all lines, kopecks")
            long recalculationsKopecks,

            @Schema(description = "Payments credited in the period, all lines, kopecks")
            long paymentsKopecks,

            @Schema(description = "Closing balance, all lines: positive a debt, negative an overpayment")
            long closingKopecks,

            List<Line> lines) {}

    @Schema(name = "SettlementLineView")
    public record Line(
            @Schema(example = "EL") String code,
            @Schema(example = "ELECTRICITY") String service,

            @Schema(description = "CONSUMPTION, COMMON_HOUSE, MAINTENANCE, PENALTY or OTHER")
            String kind,

            @Schema(example = "Электроэнергия") String name,
            long openingKopecks,
            long chargesKopecks,
            long recalculationsKopecks,
            long paymentsKopecks,

            @Schema(description = "opening + charges + recalculations − payments")
            long closingKopecks) {

        static Line of(LineStatement line) {
            return new Line(
                    line.code(),
                    line.service(),
                    line.kind(),
                    line.name(),
                    line.openingKopecks(),
                    line.chargesKopecks(),
                    line.recalculationsKopecks(),
                    line.paymentsKopecks(),
                    line.closingKopecks());
        }
    }
}
