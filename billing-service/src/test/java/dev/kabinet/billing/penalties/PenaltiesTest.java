package dev.kabinet.billing.penalties;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.billing.penalties.Penalties.Debt;
import dev.kabinet.billing.penalties.Penalties.Payment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("BL-5 penalties per Housing Code art. 155 p. 14 with the 9.5 % cap of Decree 329, explained line by line")
class PenaltiesTest {

    static final LocalDate FEB_10 = LocalDate.of(2026, 2, 10);

    /** Bank of Russia key rates (2022–2025 as published); 16 % from 22.12.2026 is this test's own. */
    static final KeyRates KEY_RATES = KeyRates.of(Map.of(
            LocalDate.of(2022, 9, 19), new BigDecimal("7.50"),
            LocalDate.of(2023, 7, 24), new BigDecimal("8.50"),
            LocalDate.of(2024, 10, 28), new BigDecimal("21.00"),
            LocalDate.of(2025, 10, 27), new BigDecimal("16.50"),
            LocalDate.of(2026, 12, 22), new BigDecimal("16.00")));

    static Penalties.Explanation calculate(List<Debt> debts, List<Payment> payments, String asOf) {
        return Penalties.calculate(debts, payments, LocalDate.parse(asOf), KEY_RATES, PenaltyRules.LAW);
    }

    static Debt aDebt(LocalDate due, long kopecks) {
        return new Debt(due, kopecks);
    }

    @Test
    @DisplayName("BL-5 days 1–30 of delay cost nothing; day 31 costs 1/300 of 9.5 %: 10 000 ₽ → 3,17 ₽")
    void theFirstThirtyDaysAreFree() {
        assertThat(calculate(List.of(aDebt(FEB_10, 1_000_000)), List.of(), "2026-03-12")
                        .intervals())
                .isEmpty();

        var dayThirtyOne = calculate(List.of(aDebt(FEB_10, 1_000_000)), List.of(), "2026-03-13");

        // 1 000 000 × 9.5 % / 300 = 316.67 → 317
        assertThat(dayThirtyOne.intervals()).singleElement().satisfies(line -> {
            assertThat(line.from()).isEqualTo(LocalDate.of(2026, 3, 13));
            assertThat(line.firstDelayDay()).isEqualTo(31);
            assertThat(line.days()).isEqualTo(1);
            assertThat(line.divisor()).isEqualTo(300);
            assertThat(line.kopecks()).isEqualTo(317);
        });
    }

    @Test
    @DisplayName("BL-5 worked example: 10 000 ₽ due 10.02.2026 unpaid on 30.06.2026 = 190,00 + 365,38 = 555,38 ₽")
    void oneThreeHundredthThenOneHundredThirtieth() {
        var explanation = calculate(List.of(aDebt(FEB_10, 1_000_000)), List.of(), "2026-06-30");

        // key rate 16.5 % capped at 9.5 % (Decree 329, payment day in 2026)
        assertThat(explanation.intervals())
                .containsExactly(
                        new PenaltyInterval(
                                FEB_10,
                                LocalDate.of(2026, 3, 13),
                                LocalDate.of(2026, 5, 11),
                                60,
                                31,
                                1_000_000,
                                new BigDecimal("9.5"),
                                300,
                                19_000, // 1 000 000 × 9.5 % / 300 × 60
                                null),
                        new PenaltyInterval(
                                FEB_10,
                                LocalDate.of(2026, 5, 12),
                                LocalDate.of(2026, 6, 30),
                                50,
                                91,
                                1_000_000,
                                new BigDecimal("9.5"),
                                130,
                                36_538, // 1 000 000 × 9.5 % / 130 × 50 = 36 538.46
                                null));
        assertThat(explanation.totalKopecks()).isEqualTo(55_538);
    }

    @Test
    @DisplayName("BL-5 a part paid late stops on its payment day at that day's rate; the rest runs on: 371,23 ₽")
    void aPartialPaymentSplitsTheDebt() {
        var explanation = calculate(
                List.of(aDebt(FEB_10, 1_000_000)),
                List.of(new Payment(LocalDate.of(2026, 4, 11), 400_000)),
                "2026-06-30");

        // 4 000 ₽ paid on day 60: 30 days × 400 000 × 9.5 % / 300 = 3 800
        // 6 000 ₽ unpaid: 60 days at 1/300 = 11 400; 50 days at 1/130 = 21 923.08 → 21 923
        assertThat(explanation.intervals())
                .extracting(PenaltyInterval::debtKopecks, PenaltyInterval::days, PenaltyInterval::kopecks)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(400_000L, 30L, 3_800L),
                        org.assertj.core.groups.Tuple.tuple(600_000L, 60L, 11_400L),
                        org.assertj.core.groups.Tuple.tuple(600_000L, 50L, 21_923L));
        assertThat(explanation.intervals().getFirst().paidOn()).isEqualTo(LocalDate.of(2026, 4, 11));
        assertThat(explanation.totalKopecks()).isEqualTo(37_123);
    }

    @Test
    @DisplayName("BL-5 from 01.01.2027 the key rate on the payment day applies uncapped (16 %): 218,67 ₽")
    void theCapEndsOnTheFirstOfJanuary2027() {
        var explanation = calculate(List.of(aDebt(LocalDate.of(2026, 11, 10), 1_000_000)), List.of(), "2027-01-20");

        // 71 days of delay: days 31–71 = 41 × 1 000 000 × 16 % / 300 = 21 866.67 → 21 867
        assertThat(explanation.intervals()).singleElement().satisfies(line -> {
            assertThat(line.ratePercent()).isEqualByComparingTo("16");
            assertThat(line.days()).isEqualTo(41);
            assertThat(line.kopecks()).isEqualTo(21_867);
        });
        // the same debt still owed on 31.12.2026 is charged at 9.5 %
        assertThat(calculate(List.of(aDebt(LocalDate.of(2026, 11, 10), 1_000_000)), List.of(), "2026-12-31")
                        .intervals()
                        .getFirst()
                        .ratePercent())
                .isEqualByComparingTo("9.5");
    }

    @Test
    @DisplayName("BL-5 before 2025 a key rate below 9.5 % applies as it is (7.5 % in May 2023): 173,08 ₽")
    void aLowerKeyRateApplies() {
        var explanation = calculate(
                List.of(aDebt(LocalDate.of(2023, 2, 10), 1_000_000)),
                List.of(new Payment(LocalDate.of(2023, 5, 15), 1_000_000)),
                "2023-06-30");

        // paid on day 94: 60 days × 7.5 % / 300 = 15 000; 4 days × 7.5 % / 130 = 2 307.69 → 2 308
        assertThat(explanation.intervals()).extracting(PenaltyInterval::kopecks).containsExactly(15_000L, 2_308L);
        assertThat(explanation.totalKopecks()).isEqualTo(17_308);
    }

    @Test
    @DisplayName("BL-5 a payment pays the oldest debt first; a sum paid before its due day is never late")
    void paymentsPayTheOldestDebtFirst() {
        var explanation = calculate(
                List.of(aDebt(LocalDate.of(2026, 3, 10), 300_000), aDebt(FEB_10, 500_000)),
                List.of(new Payment(LocalDate.of(2026, 3, 1), 600_000)),
                "2026-04-30");

        // February's 5 000 ₽ paid on day 19, 1 000 ₽ of March's before it was due; 2 000 ₽ of March's owed 51 days:
        // days 31–51 = 21 × 200 000 × 9.5 % / 300 = 1 330
        assertThat(explanation.intervals()).singleElement().satisfies(line -> {
            assertThat(line.dueDate()).isEqualTo(LocalDate.of(2026, 3, 10));
            assertThat(line.debtKopecks()).isEqualTo(200_000);
            assertThat(line.kopecks()).isEqualTo(1_330);
        });
    }

    @Test
    @DisplayName("BL-5 the settings' default penalty rule is the law's (art. 155 p. 14, Decree 329)")
    void theDefaultSettingsAreTheLaw() {
        var law = dev.kabinet.billing.system.BillingProperties.Penalty.LAW;

        assertThat(new PenaltyRules(
                        law.graceDays(),
                        law.firstStageUntilDay(),
                        law.firstStageDivisor(),
                        law.secondStageDivisor(),
                        law.capPercent(),
                        law.capFrom(),
                        law.capUntil()))
                .isEqualTo(PenaltyRules.LAW);
    }
}
