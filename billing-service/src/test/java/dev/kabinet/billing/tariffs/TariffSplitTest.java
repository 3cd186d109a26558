package dev.kabinet.billing.tariffs;

import static dev.kabinet.billing.tariffs.TariffZone.T1;
import static dev.kabinet.billing.tariffs.UtilityService.ELECTRICITY;
import static dev.kabinet.billing.tariffs.ZoneScheme.SINGLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("BL-4 a period that spans a tariff change splits consumption by days (DOMAIN.md)")
class TariffSplitTest {

    static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    static final LocalDate JUL_1 = LocalDate.of(2026, 7, 1);

    final TariffSchedule schedule = TariffSchedule.of(List.of(
            Tariff.of(ELECTRICITY, SINGLE, T1, 643, JAN_1, JUL_1),
            Tariff.of(ELECTRICITY, SINGLE, T1, 699, JUL_1, null)));

    List<PricedPart> price(String consumption, LocalDate from, LocalDate to) {
        return TariffSplit.price(new BigDecimal(consumption), from, to, schedule, ELECTRICITY, SINGLE, T1);
    }

    @Test
    @DisplayName("BL-4 300 kWh over 15.06–14.07: 16 days at 6,43 ₽ and 14 days at 6,99 ₽ = 1 028,80 + 978,60 ₽")
    void splitsConsumptionByDaysAcrossTheChange() {
        var parts = price("300", LocalDate.of(2026, 6, 15), LocalDate.of(2026, 7, 15));

        assertThat(parts)
                .containsExactly(
                        new PricedPart(LocalDate.of(2026, 6, 15), JUL_1, 16, new BigDecimal("160.000"), 643, 102_880),
                        new PricedPart(JUL_1, LocalDate.of(2026, 7, 15), 14, new BigDecimal("140.000"), 699, 97_860));
    }

    @Test
    @DisplayName("BL-4 each part is rounded once, half-up: 100 kWh over 21.06–21.07 = 207,42 + 473,52 ₽")
    void roundsEachPartHalfUpOnce() {
        var parts = price("100", LocalDate.of(2026, 6, 21), LocalDate.of(2026, 7, 22));

        // 100 × 10 × 643 / 31 = 20 741,935… → 20 742; 100 × 21 × 699 / 31 = 47 351,612… → 47 352
        assertThat(parts).extracting(PricedPart::amountKopecks).containsExactly(20_742L, 47_352L);
        assertThat(parts)
                .extracting(PricedPart::consumption)
                .containsExactly(new BigDecimal("32.258"), new BigDecimal("67.742"));
    }

    @Test
    @DisplayName("BL-4 half a kopeck is rounded up (half-up, not banker's): 0,5 kWh × 6,41 ₽ = 3,21 ₽")
    void roundsAHalfKopeckUp() {
        var odd = TariffSchedule.of(List.of(Tariff.of(ELECTRICITY, SINGLE, T1, 641, JAN_1, null)));

        var parts = TariffSplit.price(new BigDecimal("0.5"), JAN_1, JAN_1.plusDays(1), odd, ELECTRICITY, SINGLE, T1);

        assertThat(parts).singleElement().extracting(PricedPart::amountKopecks).isEqualTo(321L);
    }

    @Test
    @DisplayName("BL-4 a period inside one tariff is one part (the instant preview prices one day)")
    void aPeriodInsideOneTariffIsOnePart() {
        var parts = price("12.5", LocalDate.of(2026, 11, 22), LocalDate.of(2026, 11, 23));

        assertThat(parts)
                .containsExactly(new PricedPart(
                        LocalDate.of(2026, 11, 22),
                        LocalDate.of(2026, 11, 23),
                        1,
                        new BigDecimal("12.500"),
                        699,
                        8_738));
    }

    @Test
    @DisplayName("BL-4 a day without a tariff is a gap in the tariff data")
    void aDayWithoutATariffIsNotPriced() {
        assertThatThrownBy(() -> price("10", LocalDate.of(2025, 12, 31), JAN_1.plusDays(1)))
                .isInstanceOf(TariffNotFound.class);
        assertThatThrownBy(() -> price("10", JAN_1, JAN_1)).isInstanceOf(IllegalArgumentException.class);
    }
}
