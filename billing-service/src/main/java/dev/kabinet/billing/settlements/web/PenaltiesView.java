package dev.kabinet.billing.settlements.web;

import dev.kabinet.billing.penalties.PenaltyInterval;
import dev.kabinet.billing.settlements.Settlements.LinePenalty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The penalty of an account explained line by line (BL-5; Housing Code art. 155 p. 14, Decree 329): per charge line,
 * each interval of delay with its days, debt, rate, fraction and kopecks.
 */
public record PenaltiesView(
        String accountNumber,

        @Schema(description = "Penalty counted up to this day inclusive")
        LocalDate asOf,

        @Schema(description = "Sum of every line's penalty, kopecks", example = "55538")
        long totalKopecks,

        List<Line> lines) {

    static PenaltiesView of(String accountNumber, LocalDate asOf, List<LinePenalty> penalties) {
        var lines = penalties.stream().map(Line::of).toList();
        return new PenaltiesView(
                accountNumber,
                asOf,
                lines.stream().mapToLong(Line::totalKopecks).sum(),
                lines);
    }

    @Schema(name = "LinePenaltyView")
    public record Line(
            @Schema(description = "Charge line code the debt is on", example = "EL")
            String code,

            @Schema(example = "Электроэнергия") String name,

            @Schema(description = "Sum of the intervals, kopecks", example = "55538")
            long totalKopecks,

            List<Interval> intervals) {

        static Line of(LinePenalty penalty) {
            return new Line(
                    penalty.line().code(),
                    penalty.line().name(),
                    penalty.explanation().totalKopecks(),
                    penalty.explanation().intervals().stream().map(Interval::of).toList());
        }
    }

    @Schema(name = "PenaltyIntervalView")
    public record Interval(
            @Schema(description = "The day the debt was due")
            LocalDate dueDate,

            @Schema(description = "First day of the interval")
            LocalDate from,

            @Schema(description = "Last day of the interval, inclusive")
            LocalDate to,

            @Schema(example = "60") long days,

            @Schema(description = "Which day of delay `from` is", example = "31")
            int firstDelayDay,

            @Schema(description = "The debt the interval counts on, kopecks", example = "1000000")
            long debtKopecks,

            @Schema(
                    description = "Rate applied, percent per year (the key rate on the payment day, capped at 9.5 %"
                            + " in 2025–2026)",
                    example = "9.5")
            String ratePercent,

            @Schema(description = "Share of the rate per day", example = "1/300")
            String fraction,

            @Schema(description = "debt × rate / 100 × fraction × days, rounded half-up", example = "19000")
            long kopecks,

            @Schema(description = "The day this part of the debt was paid; null while owed", nullable = true) @Nullable
            LocalDate paidOn) {

        static Interval of(PenaltyInterval interval) {
            return new Interval(
                    interval.dueDate(),
                    interval.from(),
                    interval.to(),
                    interval.days(),
                    interval.firstDelayDay(),
                    interval.debtKopecks(),
                    interval.ratePercent().stripTrailingZeros().toPlainString(),
                    "1/" + interval.divisor(),
                    interval.kopecks(),
                    interval.paidOn());
        }
    }
}
