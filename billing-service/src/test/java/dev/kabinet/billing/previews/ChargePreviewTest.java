package dev.kabinet.billing.previews;

import static dev.kabinet.billing.previews.SubmittedReadingBuilder.aDayNightReading;
import static dev.kabinet.billing.previews.SubmittedReadingBuilder.aSingleRateReading;
import static dev.kabinet.billing.tariffs.TariffZone.T1;
import static dev.kabinet.billing.tariffs.TariffZone.T2;
import static dev.kabinet.billing.tariffs.UtilityService.ELECTRICITY;
import static dev.kabinet.billing.tariffs.ZoneScheme.DAY_NIGHT;
import static dev.kabinet.billing.tariffs.ZoneScheme.SINGLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kabinet.billing.tariffs.Tariff;
import dev.kabinet.billing.tariffs.TariffNotFound;
import dev.kabinet.billing.tariffs.TariffSchedule;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("MT-7 / BL-4 the charge a reading produces")
class ChargePreviewTest {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    static final Instant NOW = Instant.parse("2026-11-22T09:16:00Z");
    static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

    /** The demo tariffs. */
    final TariffSchedule tariffs = TariffSchedule.of(List.of(
            Tariff.of(ELECTRICITY, SINGLE, T1, 643, JAN_1, null),
            Tariff.of(ELECTRICITY, DAY_NIGHT, T1, 725, JAN_1, null),
            Tariff.of(ELECTRICITY, DAY_NIGHT, T2, 310, JAN_1, null)));

    @Test
    void chargesConsumptionTimesTariffOfASingleRateMeter() {
        // 12346.0 - 12345.6 = 0.4 kWh x 643 kop. = 257.2 -> 257
        var preview = ChargePreview.calculate(aSingleRateReading().build(), tariffs, MOSCOW, NOW);

        assertThat(preview.lines()).singleElement().satisfies(line -> {
            assertThat(line.zone()).isEqualTo(T1);
            assertThat(line.consumption()).isEqualByComparingTo("0.4");
            assertThat(line.tariffKopecks()).isEqualTo(643);
            assertThat(line.amountKopecks()).isEqualTo(257);
            assertThat(line.note()).isNull();
        });
        assertThat(preview.amountKopecks()).isEqualTo(257);
        assertThat(preview.calculatedAt()).isEqualTo(NOW);
        assertThat(preview.meterId()).isEqualTo(101);
    }

    @Test
    void chargesDayAndNightAtTheirOwnRates() {
        // day 12.5 x 725 = 9062.5 -> 9063; night 4.0 x 310 = 1240
        var preview = ChargePreview.calculate(aDayNightReading().build(), tariffs, MOSCOW, NOW);

        assertThat(preview.lines())
                .extracting(ChargeLine::zone, ChargeLine::tariffKopecks, ChargeLine::amountKopecks)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(T1, 725L, 9063L),
                        org.assertj.core.groups.Tuple.tuple(T2, 310L, 1240L));
        assertThat(preview.lines().get(0).consumption()).isEqualByComparingTo("12.5");
        assertThat(preview.amountKopecks()).isEqualTo(10303);
    }

    @Test
    void roundsHalfUpToWholeKopecks() {
        assertThat(ChargeLine.amount(new BigDecimal("0.5"), 1)).isEqualTo(1);
        assertThat(ChargeLine.amount(new BigDecimal("0.1"), 645)).isEqualTo(65); // 64.5
        assertThat(ChargeLine.amount(new BigDecimal("0.1"), 643)).isEqualTo(64); // 64.3
        assertThat(ChargeLine.amount(new BigDecimal("0.001"), 725)).isEqualTo(1); // 0.725
        assertThat(ChargeLine.amount(new BigDecimal("0.001"), 310)).isZero(); // 0.31
        assertThat(ChargeLine.amount(new BigDecimal("123456.789"), 643)).isEqualTo(79382715); // 79382715.327
    }

    @Test
    void aFirstReadingChargesNothingAndSaysWhy() {
        var preview = ChargePreview.calculate(
                aSingleRateReading().zone(T1, "15.0", null).build(), tariffs, MOSCOW, NOW);

        assertThat(preview.lines()).singleElement().satisfies(line -> {
            assertThat(line.consumption()).isEqualByComparingTo("0");
            assertThat(line.amountKopecks()).isZero();
            assertThat(line.note()).isEqualTo(ChargeLine.FIRST_READING);
        });
        assertThat(preview.amountKopecks()).isZero();
    }

    @Test
    @DisplayName("MT-7 BL-2 a rollover is priced by its wrapped consumption, the meter's digit capacity known")
    void aRolloverIsPricedByItsWrappedConsumption() {
        // 5 digits: 99 999.0 -> 3.0 is 4.0 kWh x 643 = 2572
        var preview = ChargePreview.calculate(
                aSingleRateReading().zone(T1, "3.0", "99999.0").build(), tariffs, MOSCOW, NOW, 5);

        assertThat(preview.lines()).singleElement().satisfies(line -> {
            assertThat(line.consumption()).isEqualByComparingTo("4.0");
            assertThat(line.amountKopecks()).isEqualTo(2572);
            assertThat(line.note()).isEqualTo(ChargeLine.ROLLOVER);
        });
        assertThat(preview.amountKopecks()).isEqualTo(2572);
    }

    @Test
    @DisplayName("MT-7 a rollover is priced by its wrapped consumption at the digit capacity the event carries")
    void aRolloverIsPricedByItsWrappedConsumptionAtTheDigitCapacityTheEventCarries() {
        // the event: rollover, 6 digits; 999 950.0 -> 120.5 is 170.5 kWh x 643 = 109 631.5 -> 109 632
        var preview = ChargePreview.calculate(
                aSingleRateReading().zone(T1, "120.5", "999950.0").rolloverOf(6).build(), tariffs, MOSCOW, NOW);

        assertThat(preview.lines()).singleElement().satisfies(line -> {
            assertThat(line.consumption()).isEqualByComparingTo("170.5");
            assertThat(line.amountKopecks()).isEqualTo(109632);
            assertThat(line.note()).isEqualTo(ChargeLine.ROLLOVER);
        });
    }

    @Test
    @DisplayName(
            "MT-7 a value below the previous one of a meter billing does not know yet charges nothing until confirmed")
    void aValueBelowThePreviousChargesNothingUntilConfirmed() {
        var preview = ChargePreview.calculate(
                aSingleRateReading().zone(T1, "3.0", "99999.0").build(), tariffs, MOSCOW, NOW);

        assertThat(preview.lines()).singleElement().satisfies(line -> {
            assertThat(line.amountKopecks()).isZero();
            assertThat(line.note()).isEqualTo(ChargeLine.BELOW_PREVIOUS);
        });
    }

    @Test
    void picksTheTariffOfTheUtilitysDayOfSubmission() {
        var changing = TariffSchedule.of(List.of(
                Tariff.of(ELECTRICITY, SINGLE, T1, 643, JAN_1, LocalDate.of(2026, 7, 1)),
                Tariff.of(ELECTRICITY, SINGLE, T1, 700, LocalDate.of(2026, 7, 1), null)));
        var reading = aSingleRateReading().zone(T1, "110.0", "100.0");

        // 30 June 23:30 UTC is already 1 July in Moscow
        var july = ChargePreview.calculate(
                reading.submittedAt("2026-06-30T21:30:00Z").build(), changing, MOSCOW, NOW);
        var june = ChargePreview.calculate(
                reading.submittedAt("2026-06-30T20:59:59Z").build(), changing, MOSCOW, NOW);

        assertThat(july.amountKopecks()).isEqualTo(7000);
        assertThat(june.amountKopecks()).isEqualTo(6430);
    }

    @Test
    void refusesAReadingNoTariffPrices() {
        var reading = aSingleRateReading().submittedAt("2025-12-31T12:00:00Z").build();

        assertThatThrownBy(() -> ChargePreview.calculate(reading, tariffs, MOSCOW, NOW))
                .isInstanceOf(TariffNotFound.class);
    }
}
