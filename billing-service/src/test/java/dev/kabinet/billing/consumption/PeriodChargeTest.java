package dev.kabinet.billing.consumption;

import static dev.kabinet.billing.tariffs.TariffZone.T1;
import static dev.kabinet.billing.tariffs.UtilityService.ELECTRICITY;
import static dev.kabinet.billing.tariffs.ZoneScheme.SINGLE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.billing.tariffs.PricedPart;
import dev.kabinet.billing.tariffs.Tariff;
import dev.kabinet.billing.tariffs.TariffSchedule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("BL-2 BL-4 a period's consumption priced by the tariffs of its days, recalculations apart")
class PeriodChargeTest {

    final TariffSchedule tariffs = TariffSchedule.of(List.of(
            Tariff.of(ELECTRICITY, SINGLE, T1, 643, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 7, 16)),
            Tariff.of(ELECTRICITY, SINGLE, T1, 699, LocalDate.of(2026, 7, 16), null)));

    @Test
    @DisplayName(
            "BL-4 310 kWh in July with a change on the 16th: 15 days at 6,43 ₽ and 16 at 6,99 ₽ = 964,50 + 1 118,40 ₽")
    void aPeriodSpanningATariffChangeIsSplitByDays() {
        var july = new PeriodConsumption(
                YearMonth.of(2026, 7), ConsumptionMethod.METERED, Map.of(T1, new BigDecimal("310")), Map.of(), 0);

        var charge = PeriodCharge.price(july, tariffs, ELECTRICITY, SINGLE);

        // 310 × 15 / 31 = 150 kWh × 643 = 96 450; 160 kWh × 699 = 111 840
        assertThat(charge.charges().get(T1))
                .extracting(PricedPart::amountKopecks)
                .containsExactly(96_450L, 111_840L);
        assertThat(charge.chargesKopecks()).isEqualTo(208_290);
        assertThat(charge.recalculationsKopecks()).isZero();
    }

    @Test
    @DisplayName("BL-2 estimates withdrawn by a reading are a credit, priced like the charge")
    void withdrawnEstimatesAreACredit() {
        var october = new PeriodConsumption(
                YearMonth.of(2026, 10),
                ConsumptionMethod.METERED,
                Map.of(T1, new BigDecimal("600")),
                Map.of(T1, new BigDecimal("-627")),
                0);

        var charge = PeriodCharge.price(october, tariffs, ELECTRICITY, SINGLE);

        assertThat(charge.chargesKopecks()).isEqualTo(600 * 699);
        assertThat(charge.recalculationsKopecks()).isEqualTo(-627 * 699);
    }
}
