package dev.kabinet.billing.previews.web;

import dev.kabinet.billing.previews.ChargeLine;
import dev.kabinet.billing.previews.ChargePreview;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The preview charge of a reading as the cabinet shows it; money in kopecks, consumption as a decimal string. */
public record ChargePreviewView(
        UUID readingId,
        String accountNumber,
        long meterId,

        @Schema(description = "Sum of the lines, kopecks", example = "10303")
        long amountKopecks,

        List<Line> lines,
        Instant calculatedAt) {

    static ChargePreviewView of(ChargePreview preview) {
        return new ChargePreviewView(
                preview.readingId(),
                preview.accountNumber(),
                preview.meterId(),
                preview.amountKopecks(),
                preview.lines().stream().map(Line::of).toList(),
                preview.calculatedAt());
    }

    @Schema(name = "ChargePreviewLineView")
    public record Line(
            @Schema(example = "T1") String zone,

            @Schema(description = "Units consumed since the previous reading", example = "12.5")
            String consumption,

            @Schema(description = "Kopecks per unit", example = "725")
            long tariffKopecks,

            @Schema(example = "9063") long amountKopecks,

            @Schema(
                    description = "Why a line charges nothing (first reading, value below the previous one)",
                    nullable = true)
            @Nullable
            String note) {

        static Line of(ChargeLine line) {
            return new Line(
                    line.zone().name(),
                    line.consumption().stripTrailingZeros().toPlainString(),
                    line.tariffKopecks(),
                    line.amountKopecks(),
                    line.note());
        }
    }
}
