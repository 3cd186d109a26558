package dev.kabinet.billing.receipts.web;

import dev.kabinet.billing.receipts.AccountStatements.TariffRow;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The tariffs of an account's services per zone, changing over time (BL-4). */
public record TariffsView(String accountNumber, List<Tariff> tariffs) {

    static TariffsView of(String accountNumber, List<TariffRow> rows) {
        return new TariffsView(
                accountNumber,
                rows.stream()
                        .map(r -> new Tariff(
                                r.service(),
                                r.scheme(),
                                r.zone(),
                                r.unit(),
                                r.kopecksPerUnit(),
                                r.validFrom(),
                                r.validTo()))
                        .toList());
    }

    @Schema(name = "TariffView")
    public record Tariff(
            @Schema(example = "ELECTRICITY") String service,

            @Schema(description = "SINGLE or DAY_NIGHT", example = "DAY_NIGHT")
            String scheme,

            @Schema(example = "T1") String zone,

            @Schema(description = "kWh, m3, Gcal; null when the back office gave none", nullable = true) @Nullable
            String unit,

            @Schema(description = "Price per unit, kopecks", example = "725")
            long kopecksPerUnit,

            LocalDate validFrom,

            @Schema(description = "Exclusive; null while in force", nullable = true) @Nullable
            LocalDate validTo) {}
}
