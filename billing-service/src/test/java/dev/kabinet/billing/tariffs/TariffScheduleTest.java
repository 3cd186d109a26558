package dev.kabinet.billing.tariffs;

import static dev.kabinet.billing.tariffs.TariffZone.T1;
import static dev.kabinet.billing.tariffs.TariffZone.T2;
import static dev.kabinet.billing.tariffs.UtilityService.ELECTRICITY;
import static dev.kabinet.billing.tariffs.ZoneScheme.DAY_NIGHT;
import static dev.kabinet.billing.tariffs.ZoneScheme.SINGLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("BL-4 tariffs per service and zone, changing over time")
class TariffScheduleTest {

    static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    static final LocalDate JUL_1 = LocalDate.of(2026, 7, 1);

    final TariffSchedule schedule = TariffSchedule.of(List.of(
            Tariff.of(ELECTRICITY, SINGLE, T1, 600, LocalDate.of(2025, 7, 1), JAN_1),
            Tariff.of(ELECTRICITY, SINGLE, T1, 643, JAN_1, JUL_1),
            Tariff.of(ELECTRICITY, SINGLE, T1, 699, JUL_1, null),
            Tariff.of(ELECTRICITY, DAY_NIGHT, T1, 725, JAN_1, null),
            Tariff.of(ELECTRICITY, DAY_NIGHT, T2, 310, JAN_1, null)));

    @Test
    void picksTheTariffInForceOnTheDay() {
        assertThat(schedule.applicable(ELECTRICITY, SINGLE, T1, LocalDate.of(2025, 12, 31))
                        .kopecksPerUnit())
                .isEqualTo(600);
        assertThat(schedule.applicable(ELECTRICITY, SINGLE, T1, JAN_1).kopecksPerUnit())
                .isEqualTo(643);
        assertThat(schedule.applicable(ELECTRICITY, SINGLE, T1, LocalDate.of(2026, 6, 30))
                        .kopecksPerUnit())
                .isEqualTo(643);
    }

    @Test
    void validToIsTheFirstDayOfTheNextTariff() {
        assertThat(schedule.applicable(ELECTRICITY, SINGLE, T1, JUL_1).kopecksPerUnit())
                .isEqualTo(699);
        assertThat(schedule.applicable(ELECTRICITY, SINGLE, T1, LocalDate.of(2030, 1, 1))
                        .kopecksPerUnit())
                .isEqualTo(699);
    }

    @Test
    void singleRateAndDayNightMetersHaveTheirOwnT1() {
        assertThat(schedule.applicable(ELECTRICITY, DAY_NIGHT, T1, JAN_1).kopecksPerUnit())
                .isEqualTo(725);
        assertThat(schedule.applicable(ELECTRICITY, DAY_NIGHT, T2, JAN_1).kopecksPerUnit())
                .isEqualTo(310);
    }

    @Test
    void theLaterStartWinsWhenPeriodsOverlap() {
        var overlapping = TariffSchedule.of(List.of(
                Tariff.of(ELECTRICITY, SINGLE, T1, 500, JAN_1, null),
                Tariff.of(ELECTRICITY, SINGLE, T1, 550, JUL_1, null)));

        assertThat(overlapping
                        .applicable(ELECTRICITY, SINGLE, T1, JUL_1.plusDays(3))
                        .kopecksPerUnit())
                .isEqualTo(550);
    }

    @Test
    void refusesADayNoTariffCovers() {
        assertThatThrownBy(() -> schedule.applicable(ELECTRICITY, SINGLE, T1, LocalDate.of(2025, 6, 30)))
                .isInstanceOf(TariffNotFound.class)
                .hasMessageContaining("2025-06-30");
        assertThatThrownBy(() -> schedule.applicable(UtilityService.GAS, SINGLE, T1, JAN_1))
                .isInstanceOf(TariffNotFound.class);
    }

    @Test
    void refusesAnEmptyPeriod() {
        assertThatThrownBy(() -> Tariff.of(ELECTRICITY, SINGLE, T1, 643, JAN_1, JAN_1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void zoneSchemeFollowsTheNumberOfZones() {
        assertThat(ZoneScheme.of(List.of(T1))).isEqualTo(SINGLE);
        assertThat(ZoneScheme.of(List.of(T1, T2))).isEqualTo(DAY_NIGHT);
        assertThat(ZoneScheme.of(List.of(T1, T2, TariffZone.T3))).isEqualTo(ZoneScheme.THREE_ZONE);
    }
}
