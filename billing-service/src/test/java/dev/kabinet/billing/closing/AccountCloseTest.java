package dev.kabinet.billing.closing;

import static dev.kabinet.billing.tariffs.TariffZone.T1;
import static dev.kabinet.billing.tariffs.ZoneScheme.SINGLE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.billing.accounts.AccountChargeLine;
import dev.kabinet.billing.accounts.BilledAccount;
import dev.kabinet.billing.accounts.BilledMeter;
import dev.kabinet.billing.accounts.BilledService;
import dev.kabinet.billing.accounts.ChargeKind;
import dev.kabinet.billing.consumption.AcceptedReading;
import dev.kabinet.billing.penalties.KeyRates;
import dev.kabinet.billing.penalties.PenaltyRules;
import dev.kabinet.billing.settlements.LineSettlement;
import dev.kabinet.billing.tariffs.Tariff;
import dev.kabinet.billing.tariffs.TariffSchedule;
import dev.kabinet.billing.tariffs.UtilityService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The close of one account on hand-worked examples (issue #9): opening balance + charges + penalties − payments =
 * closing, per line, and the receipt's total.
 */
@DisplayName("BL-1 BL-5 an account's period close worked by hand: opening + charges + penalties − payments = closing")
class AccountCloseTest {

    static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);
    static final String ACCOUNT = "7700000000001";

    static final AccountChargeLine EL =
            new AccountChargeLine("EL", BilledService.ELECTRICITY, ChargeKind.CONSUMPTION, "Электроэнергия");
    static final AccountChargeLine EL_ODN =
            new AccountChargeLine("EL_ODN", BilledService.ELECTRICITY, ChargeKind.COMMON_HOUSE, "Электроэнергия ОДН");
    static final AccountChargeLine EL_PENALTY =
            new AccountChargeLine("EL_PENALTY", BilledService.ELECTRICITY, ChargeKind.PENALTY, "Пени");
    static final AccountChargeLine GAS =
            new AccountChargeLine("GAS", BilledService.GAS, ChargeKind.CONSUMPTION, "Природный газ");

    static AccountClose.Rules rules() {
        return new AccountClose.Rules(
                Map.of(
                        UtilityService.ELECTRICITY,
                        TariffSchedule.of(List.of(Tariff.of(
                                UtilityService.ELECTRICITY, SINGLE, T1, 643, LocalDate.of(2026, 1, 1), null))),
                        UtilityService.GAS,
                        TariffSchedule.of(List.of(
                                Tariff.of(UtilityService.GAS, SINGLE, T1, 800, LocalDate.of(2026, 1, 1), null)))),
                (service, period) ->
                        service == UtilityService.GAS ? Optional.of(new BigDecimal("10")) : Optional.empty(),
                KeyRates.of(Map.of(LocalDate.of(2025, 10, 27), new BigDecimal("16.5"))),
                PenaltyRules.LAW,
                10);
    }

    static BilledAccount account(List<AccountChargeLine> lines, List<BilledMeter> meters, Integer residents) {
        return new BilledAccount(ACCOUNT, 1, false, null, null, null, residents, Set.of(), lines, meters);
    }

    static AcceptedReading reading(LocalDate day, String value) {
        return new AcceptedReading(UUID.randomUUID(), 101, day, Map.of(T1, new BigDecimal(value)));
    }

    static LineSettlement settled(String code, YearMonth period, long opening, long charges) {
        var settlement = LineSettlement.open(ACCOUNT, code, period, opening);
        settlement.charge(charges);
        return settlement;
    }

    static AccountClose.ClosedLine line(AccountClose.Result result, String code) {
        return result.lines().stream()
                .filter(l -> l.line().code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    @Test
    @DisplayName("BL-1 BL-5 October: 1 000 ₽ debt + 200 kWh × 6,43 ₽ − 600 ₽ paid = 1 686 ₽; penalty 0,95 + 2,66 ₽;"
            + " to pay 1 878,61 ₽")
    void closesEachLineFromItsOpeningChargesPenaltyAndPayments() {
        var result = closeOctober();

        assertThat(result.lines()).extracting(l -> l.line().code()).containsExactly("EL", "EL_ODN", "EL_PENALTY");
        var el = line(result, "EL").settlement();
        assertThat(el.openingKopecks()).isEqualTo(100_000);
        assertThat(el.chargesKopecks()).isEqualTo(128_600); // 200 kWh × 643
        assertThat(el.recalculationsKopecks()).isZero();
        assertThat(el.paymentsKopecks()).isEqualTo(60_000);
        assertThat(el.closingKopecks()).isEqualTo(168_600); // 100 000 + 128 600 − 60 000
        var odn = line(result, "EL_ODN").settlement();
        assertThat(odn.closingKopecks()).isZero();
        // 1 000 ₽ due 10.09, 9,5 % (Decree 329 caps the key rate 16,5 %): 600 ₽ late days 31..35 at 1/300 = 0,95 ₽;
        // 400 ₽ still owed on 31.10, days 31..51 at 1/300 = 2,66 ₽; nothing accrued by 30.09 (day 20 of delay)
        var penalty = line(result, "EL_PENALTY").settlement();
        assertThat(penalty.openingKopecks()).isEqualTo(18_900);
        assertThat(penalty.chargesKopecks()).isEqualTo(95 + 266);
        assertThat(penalty.closingKopecks()).isEqualTo(19_261);
        assertThat(result.totalToPayKopecks()).isEqualTo(168_600 + 19_261);
        assertThat(result.unpriced()).isEmpty();
    }

    /** The October close worked by hand (the golden billing.ReceiptIssued.v1 example has its figures). */
    AccountClose.Result closeOctober() {
        // September closed with a 1 000 ₽ electricity debt (August's charge, due 10.09) and 189 ₽ of penalties owed
        var august = settled("EL", YearMonth.of(2026, 8), 0, 100_000);
        var september = settled("EL", SEPTEMBER, 100_000, 0);
        // 600 ₽ paid on 15.10, credited to October's line before the close
        var october = LineSettlement.open(ACCOUNT, "EL", OCTOBER, 0);
        october.pay(UUID.randomUUID(), LocalDate.of(2026, 10, 15), 60_000);
        var penaltySeptember = settled("EL_PENALTY", SEPTEMBER, 18_900, 0);
        var input = new AccountClose.Input(
                account(
                        List.of(EL, EL_ODN, EL_PENALTY),
                        List.of(new BilledMeter(101, BilledService.ELECTRICITY, List.of("T1"), 6, 1, false)),
                        2),
                Map.of(
                        101L,
                        List.of(
                                reading(LocalDate.of(2026, 9, 25), "1000.0"),
                                reading(LocalDate.of(2026, 10, 25), "1200.0"))),
                Map.of("EL", List.of(august, september, october), "EL_PENALTY", List.of(penaltySeptember)));

        return AccountClose.close(input, OCTOBER, rules());
    }

    @Test
    @DisplayName("BL-1 no meter: 10 m³ × 2 residents × 8,00 ₽ = 160 ₽ charged on a 500 ₽ advance: 340 ₽ overpaid,"
            + " nothing to pay")
    void chargesTheNormativeAndCarriesAnOverpayment() {
        var september = LineSettlement.open(ACCOUNT, "GAS", SEPTEMBER, 0);
        september.pay(UUID.randomUUID(), LocalDate.of(2026, 9, 20), 50_000);
        var input = new AccountClose.Input(
                account(List.of(GAS), List.of(), 2), Map.of(), Map.of("GAS", List.of(september)));

        var result = AccountClose.close(input, OCTOBER, rules());

        var gas = line(result, "GAS").settlement();
        assertThat(gas.openingKopecks()).isEqualTo(-50_000);
        assertThat(gas.chargesKopecks()).isEqualTo(16_000);
        assertThat(gas.closingKopecks()).isEqualTo(-34_000);
        assertThat(gas.overpaymentKopecks()).isEqualTo(34_000);
        assertThat(result.totalToPayKopecks()).isZero();
    }

    @Test
    @DisplayName("BL-1 the same input closes to the same result: a rerun charges nothing twice")
    void closingAgainGivesTheSameResult() {
        var input = new AccountClose.Input(
                account(
                        List.of(EL, EL_PENALTY),
                        List.of(new BilledMeter(101, BilledService.ELECTRICITY, List.of("T1"), 6, 1, false)),
                        1),
                Map.of(
                        101L,
                        List.of(reading(LocalDate.of(2026, 9, 25), "10"), reading(LocalDate.of(2026, 10, 2), "15"))),
                Map.of("EL", List.of(settled("EL", SEPTEMBER, 0, 5_000))));

        var first = AccountClose.close(input, OCTOBER, rules());
        var again = AccountClose.close(input, OCTOBER, rules());

        assertThat(again.totalToPayKopecks())
                .isEqualTo(first.totalToPayKopecks())
                .isEqualTo(5_000 + 5 * 643);
    }

    @Test
    @DisplayName("BL-4 a meter with no tariff for the period is charged nothing and named")
    void aMeterWithoutATariffIsNamed() {
        var noTariffs =
                new AccountClose.Rules(Map.of(), (s, p) -> Optional.empty(), rules().keyRates(), PenaltyRules.LAW, 10);
        var input = new AccountClose.Input(
                account(
                        List.of(EL),
                        List.of(new BilledMeter(101, BilledService.ELECTRICITY, List.of("T1"), 6, 1, false)),
                        1),
                Map.of(
                        101L,
                        List.of(reading(LocalDate.of(2026, 9, 25), "10"), reading(LocalDate.of(2026, 10, 2), "15"))),
                Map.of());

        var result = AccountClose.close(input, OCTOBER, noTariffs);

        assertThat(result.unpriced()).containsExactly("meter 101");
        assertThat(result.totalToPayKopecks()).isZero();
    }
}
