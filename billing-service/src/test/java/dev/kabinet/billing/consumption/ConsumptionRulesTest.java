package dev.kabinet.billing.consumption;

import static dev.kabinet.billing.consumption.ConsumptionMethod.AVERAGE;
import static dev.kabinet.billing.consumption.ConsumptionMethod.FIRST_READING;
import static dev.kabinet.billing.consumption.ConsumptionMethod.METERED;
import static dev.kabinet.billing.consumption.ConsumptionMethod.NORMATIVE;
import static dev.kabinet.billing.consumption.ConsumptionMethod.NOT_CHARGED;
import static dev.kabinet.billing.tariffs.TariffZone.T1;
import static dev.kabinet.billing.tariffs.TariffZone.T2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kabinet.billing.tariffs.TariffZone;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("BL-2 consumption per period from accepted readings, the average, the normative, recalculation")
class ConsumptionRulesTest {

    static final int CAPACITY = 6;
    static final Optional<BigDecimal> NORMATIVE_94 = Optional.of(new BigDecimal("94"));

    static AcceptedReading aReading(String day, String t1) {
        return new AcceptedReading(UUID.randomUUID(), 101, LocalDate.parse(day), Map.of(T1, new BigDecimal(t1)));
    }

    /** Readings on the 25th of January to May 2026: 1000, 1100, 1210, 1330, 1460 (100, 110, 120, 130 a month). */
    static List<AcceptedReading> fiveMonths() {
        return new ArrayList<>(List.of(
                aReading("2026-01-25", "1000"),
                aReading("2026-02-25", "1100"),
                aReading("2026-03-25", "1210"),
                aReading("2026-04-25", "1330"),
                aReading("2026-05-25", "1460")));
    }

    static List<PeriodConsumption> periods(List<AcceptedReading> readings, String first, String last) {
        return ConsumptionRules.periods(
                readings, CAPACITY, YearMonth.parse(first), YearMonth.parse(last), 3, period -> NORMATIVE_94);
    }

    static BigDecimal units(String value) {
        return new BigDecimal(value);
    }

    @Test
    @DisplayName("BL-2 rollover: a value below the previous one wraps at 10^capacity (999 990 → 15 on 6 digits = 25)")
    void aRolloverWrapsAtTheDigitCapacity() {
        assertThat(Consumption.between(units("999990"), units("15"), 6)).isEqualByComparingTo("25");
        assertThat(Consumption.between(units("99999.5"), units("0.7"), 5)).isEqualByComparingTo("1.2");
        assertThat(Consumption.between(units("1000"), units("1012.5"), 6)).isEqualByComparingTo("12.5");
        assertThatThrownBy(() -> Consumption.between(units("1000000"), units("1"), 6))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("BL-2 metered: the period's last reading against the last one before it; the first reading charges 0")
    void aPeriodWithAReadingIsMetered() {
        var periods = periods(fiveMonths(), "2026-01", "2026-03");

        assertThat(periods).extracting(PeriodConsumption::method).containsExactly(FIRST_READING, METERED, METERED);
        assertThat(periods.get(1).volumes().get(T1)).isEqualByComparingTo("100");
        assertThat(periods.get(2).volumes().get(T1)).isEqualByComparingTo("110");
    }

    @Test
    @DisplayName("BL-2 a metered period across a rollover is charged the wrapped consumption")
    void aMeteredPeriodAcrossARollover() {
        var periods =
                periods(List.of(aReading("2026-01-25", "999950"), aReading("2026-02-25", "40")), "2026-02", "2026-02");

        assertThat(periods.getFirst().volumes().get(T1)).isEqualByComparingTo("90");
    }

    @Test
    @DisplayName(
            "BL-2 without a reading: the average of the history for at most 3 periods, then the normative per resident")
    void averageForThreePeriodsThenTheNormative() {
        var periods = periods(fiveMonths(), "2026-06", "2026-10");

        assertThat(periods)
                .extracting(PeriodConsumption::method)
                .containsExactly(AVERAGE, AVERAGE, AVERAGE, NORMATIVE, NORMATIVE);
        // (100 + 110 + 120 + 130) / 4 = 115
        assertThat(periods.get(0).volumes().get(T1)).isEqualByComparingTo("115");
        assertThat(periods.get(2).volumes().get(T1)).isEqualByComparingTo("115");
        assertThat(periods.get(2).estimatedInRow()).isEqualTo(3);
        // 94 kWh × 3 residents
        assertThat(periods.get(3).volumes().get(T1)).isEqualByComparingTo("282");
        assertThat(periods.get(4).estimatedInRow()).isEqualTo(5);
    }

    @Test
    @DisplayName("BL-2 the average is of the last 6 metered months, and needs at least 3")
    void theAverageNeedsThreeMonthsOfHistory() {
        var twoMonths =
                List.of(aReading("2026-01-25", "1000"), aReading("2026-02-25", "1100"), aReading("2026-03-25", "1210"));
        assertThat(periods(twoMonths, "2026-04", "2026-04").getFirst().method()).isEqualTo(NORMATIVE);

        var readings = new ArrayList<AcceptedReading>();
        long value = 0;
        for (int month = 1; month <= 9; month++) {
            value += month <= 2 ? 1000 : 60; // two big early months fall out of the last six
            readings.add(aReading("2026-%02d-20".formatted(month), Long.toString(value)));
        }
        assertThat(periods(readings, "2026-10", "2026-10").getFirst().volumes().get(T1))
                .isEqualByComparingTo("60");
    }

    @Test
    @DisplayName("BL-2 without history, normative or residents nothing is charged")
    void nothingToEstimateFrom() {
        var periods = ConsumptionRules.periods(
                List.of(aReading("2026-01-25", "1000")),
                CAPACITY,
                YearMonth.parse("2026-02"),
                YearMonth.parse("2026-02"),
                null,
                period -> NORMATIVE_94);

        assertThat(periods.getFirst().method()).isEqualTo(NOT_CHARGED);
        assertThat(periods.getFirst().volumes()).isEmpty();
    }

    @Test
    @DisplayName(
            "BL-2 a reading after estimated periods: metered since the last reading, the estimates withdrawn (p. 61)")
    void aReadingAfterEstimatesWithdrawsThem() {
        var readings = fiveMonths();
        readings.add(aReading("2026-10-24", "2060"));

        var october = periods(readings, "2026-10", "2026-10").getFirst();

        assertThat(october.method()).isEqualTo(METERED);
        assertThat(october.volumes().get(T1)).isEqualByComparingTo("600");
        // 115 × 3 by the average + 282 by the normative were charged for June to September
        assertThat(october.recalculation().get(T1)).isEqualByComparingTo("-627");
        assertThat(october.net(T1)).isEqualByComparingTo("-27");
    }

    @Test
    @DisplayName("BL-2 a late reading of a past period: recalculated against what was charged")
    void aLateReadingIsRecalculated() {
        var charged = periods(fiveMonths(), "2026-06", "2026-07");
        var readings = fiveMonths();
        readings.add(aReading("2026-06-25", "1600")); // taken in June, arrived in July

        var now = periods(readings, "2026-06", "2026-07");
        var recalculation = ConsumptionRules.recalculations(charged, now);

        assertThat(now).extracting(PeriodConsumption::method).containsExactly(METERED, AVERAGE);
        // June: 140 metered instead of 115 estimated; July: the average now of 100..140 = 120 instead of 115
        assertThat(recalculation.get(YearMonth.parse("2026-06")).get(T1)).isEqualByComparingTo("25");
        assertThat(recalculation.get(YearMonth.parse("2026-07")).get(T1)).isEqualByComparingTo("5");
    }

    @Test
    @DisplayName("BL-2 a two-zone meter is metered and averaged per zone; the normative counts in the first zone")
    void zonesAreCalculatedEachOnTheirOwn() {
        var readings = new ArrayList<AcceptedReading>();
        for (int month = 1; month <= 4; month++) {
            readings.add(new AcceptedReading(
                    UUID.randomUUID(),
                    102,
                    LocalDate.of(2026, month, 20),
                    Map.<TariffZone, BigDecimal>of(
                            T1, units(Integer.toString(100 * month)), T2, units(Integer.toString(40 * month)))));
        }
        var periods = periods(readings, "2026-04", "2026-08");

        assertThat(periods.get(0).volumes()).containsEntry(T1, units("100")).containsEntry(T2, units("40"));
        assertThat(periods.get(1).volumes().get(T1)).isEqualByComparingTo("100");
        assertThat(periods.get(1).volumes().get(T2)).isEqualByComparingTo("40");
        assertThat(periods.get(4).method()).isEqualTo(NORMATIVE);
        assertThat(periods.get(4).volumes()).containsOnlyKeys(T1);
    }
}
