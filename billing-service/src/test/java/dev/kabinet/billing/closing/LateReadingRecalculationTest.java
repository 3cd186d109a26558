package dev.kabinet.billing.closing;

import static dev.kabinet.billing.closing.AccountCloseTest.ACCOUNT;
import static dev.kabinet.billing.closing.AccountCloseTest.EL;
import static dev.kabinet.billing.closing.AccountCloseTest.OCTOBER;
import static dev.kabinet.billing.closing.AccountCloseTest.SEPTEMBER;
import static dev.kabinet.billing.closing.AccountCloseTest.account;
import static dev.kabinet.billing.closing.AccountCloseTest.line;
import static dev.kabinet.billing.closing.AccountCloseTest.settled;
import static dev.kabinet.billing.tariffs.TariffZone.T1;
import static dev.kabinet.billing.tariffs.ZoneScheme.SINGLE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.billing.accounts.BilledMeter;
import dev.kabinet.billing.accounts.BilledService;
import dev.kabinet.billing.consumption.AcceptedReading;
import dev.kabinet.billing.penalties.KeyRates;
import dev.kabinet.billing.penalties.PenaltyRules;
import dev.kabinet.billing.settlements.LineSettlement;
import dev.kabinet.billing.tariffs.Tariff;
import dev.kabinet.billing.tariffs.TariffSchedule;
import dev.kabinet.billing.tariffs.UtilityService;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Recalculation when a late reading arrives (issue #9; Decree 354 p. 61; docs/adr/0037), worked by hand: a meter read
 * 100 kWh a month from May to August; September's reading (1 450, taken 25.09) reached billing only on 05.10, after
 * September was closed on 01.10, so September was charged the average of the last 3 months, 100 kWh × 6,43 ₽ = 643 ₽.
 * The tariff is 6,43 ₽ until 30.09 and 7,00 ₽ from 01.10.
 */
@DisplayName(
        "BL-1 BL-2 a late reading for a closed period: the difference goes into the open period as a recalculation")
class LateReadingRecalculationTest {

    static final Instant SEPTEMBER_CLOSED = Instant.parse("2026-10-01T09:00:00Z");
    static final Instant SEPTEMBER_READING_RECEIVED = Instant.parse("2026-10-05T09:00:00Z");
    static final Instant OCTOBER_CLOSED = Instant.parse("2026-11-01T09:00:00Z");
    static final BilledMeter METER = new BilledMeter(101, BilledService.ELECTRICITY, List.of("T1"), 6, 1, false);

    static AccountClose.Rules rules() {
        return new AccountClose.Rules(
                Map.of(
                        UtilityService.ELECTRICITY,
                        TariffSchedule.of(List.of(
                                Tariff.of(
                                        UtilityService.ELECTRICITY,
                                        SINGLE,
                                        T1,
                                        643,
                                        LocalDate.of(2026, 1, 1),
                                        LocalDate.of(2026, 10, 1)),
                                Tariff.of(
                                        UtilityService.ELECTRICITY,
                                        SINGLE,
                                        T1,
                                        700,
                                        LocalDate.of(2026, 10, 1),
                                        null)))),
                (service, period) -> Optional.empty(),
                KeyRates.of(Map.of(LocalDate.of(2025, 10, 27), new BigDecimal("16.5"))),
                PenaltyRules.LAW,
                10);
    }

    static AcceptedReading reading(int month, String value) {
        return new AcceptedReading(
                UUID.randomUUID(), 101, LocalDate.of(2026, month, 25), Map.of(T1, new BigDecimal(value)));
    }

    final AcceptedReading september = reading(9, "1450");
    final List<AcceptedReading> readings = List.of(
            reading(5, "1000"),
            reading(6, "1100"),
            reading(7, "1200"),
            reading(8, "1300"),
            september,
            reading(10, "1500"));

    AccountClose.Input octoberInput(Map<UUID, Instant> received) {
        // September's settlement as its close left it: the average, 643 ₽
        var septemberSettled = settled("EL", SEPTEMBER, 0, 64_300);
        return new AccountClose.Input(
                account(List.of(EL), List.of(METER), 1),
                Map.of(101L, readings),
                Map.of("EL", List.of(septemberSettled)),
                received,
                Optional.of(SEPTEMBER_CLOSED));
    }

    @Test
    @DisplayName("BL-1 late reading: September metered 150 kWh where 100 were charged: +50 kWh × 6,43 ₽ = 321,50 ₽"
            + " recalculated in October, October's own 50 kWh × 7,00 ₽ = 350 ₽ charged")
    void lateReadingForAClosedPeriodIsRecalculatedInTheOpenPeriod() {
        var received = new HashMap<UUID, Instant>();
        readings.forEach(
                r -> received.put(r.readingId(), r.takenOn().atStartOfDay().toInstant(java.time.ZoneOffset.UTC)));
        received.put(september.readingId(), SEPTEMBER_READING_RECEIVED);

        var el = line(AccountClose.close(octoberInput(received), OCTOBER, rules()), "EL")
                .settlement();

        assertThat(el.chargesKopecks()).isEqualTo(35_000); // 1 500 − 1 450 = 50 kWh × 700
        assertThat(el.recalculationsKopecks()).isEqualTo(32_150); // (150 − 100) kWh × 643, September's tariff
        assertThat(el.openingKopecks()).isEqualTo(64_300);
        assertThat(el.closingKopecks()).isEqualTo(64_300 + 35_000 + 32_150);
    }

    @Test
    @DisplayName("BL-1 late reading below the estimate: September metered 50 kWh where 100 were charged: −321,50 ₽")
    void lateReadingBelowTheEstimateIsACredit() {
        var low = reading(9, "1350");
        var all = List.of(
                reading(5, "1000"),
                reading(6, "1100"),
                reading(7, "1200"),
                reading(8, "1300"),
                low,
                reading(10, "1500"));
        var input = new AccountClose.Input(
                account(List.of(EL), List.of(METER), 1),
                Map.of(101L, all),
                Map.of("EL", List.of(settled("EL", SEPTEMBER, 0, 64_300))),
                Map.of(low.readingId(), SEPTEMBER_READING_RECEIVED),
                Optional.of(SEPTEMBER_CLOSED));

        var el = line(AccountClose.close(input, OCTOBER, rules()), "EL").settlement();

        assertThat(el.chargesKopecks()).isEqualTo(105_000); // 1 500 − 1 350 = 150 kWh × 700
        assertThat(el.recalculationsKopecks()).isEqualTo(-32_150); // (50 − 100) kWh × 643
    }

    @Test
    @DisplayName("BL-1 late reading: the next close knows the reading and recalculates nothing again")
    void aLateReadingIsRecalculatedOnce() {
        var received = Map.of(september.readingId(), SEPTEMBER_READING_RECEIVED);
        var october = LineSettlement.open(ACCOUNT, "EL", OCTOBER, 64_300);
        october.charge(35_000);
        october.recalculate(32_150);
        var input = new AccountClose.Input(
                account(List.of(EL), List.of(METER), 1),
                Map.of(101L, readings),
                Map.of("EL", List.of(settled("EL", SEPTEMBER, 0, 64_300), october)),
                received,
                Optional.of(OCTOBER_CLOSED));

        var el = line(AccountClose.close(input, YearMonth.of(2026, 11), rules()), "EL")
                .settlement();

        assertThat(el.recalculationsKopecks()).isZero();
        // November, no reading: the average of June–October (100, 100, 100, 150, 50 kWh) = 100 kWh × 700
        assertThat(el.chargesKopecks()).isEqualTo(70_000);
    }

    @Test
    @DisplayName("BL-1 a reading received before the previous close is not late: nothing recalculated")
    void aReadingKnownToThePreviousCloseIsNotRecalculated() {
        var el = line(AccountClose.close(octoberInput(Map.of()), OCTOBER, rules()), "EL")
                .settlement();

        assertThat(el.recalculationsKopecks()).isZero();
        assertThat(el.chargesKopecks()).isEqualTo(35_000);
    }
}
