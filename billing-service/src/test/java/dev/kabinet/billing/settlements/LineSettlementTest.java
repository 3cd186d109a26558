package dev.kabinet.billing.settlements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("BL-1 settlements per charge line: opening, charges, recalculations, payments, debt or overpayment")
class LineSettlementTest {

    static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    LineSettlement anElectricityLine(long opening) {
        return LineSettlement.open("7700000000001", "EL", OCTOBER, opening);
    }

    @Test
    @DisplayName("BL-1 closing = opening + charges + recalculations − payments; positive is a debt")
    void closingIsOpeningPlusChargesPlusRecalculationsMinusPayments() {
        var line = anElectricityLine(15_000);
        line.charge(257_200);
        line.recalculate(-12_000);
        line.pay(UUID.randomUUID(), LocalDate.of(2026, 10, 20), 100_000);

        assertThat(line.closingKopecks()).isEqualTo(160_200);
        assertThat(line.debtKopecks()).isEqualTo(160_200);
        assertThat(line.overpaymentKopecks()).isZero();
    }

    @Test
    @DisplayName("BL-1 paying more than owed leaves an overpayment, carried to the next period as its opening")
    void anOverpaymentIsCarriedForward() {
        var line = anElectricityLine(0);
        line.charge(50_000);
        line.pay(UUID.randomUUID(), LocalDate.of(2026, 10, 5), 80_000);

        assertThat(line.debtKopecks()).isZero();
        assertThat(line.overpaymentKopecks()).isEqualTo(30_000);
        var november = line.next();
        assertThat(november.period()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(november.openingKopecks()).isEqualTo(-30_000);
        assertThat(november.chargesKopecks()).isZero();
    }

    @Test
    @DisplayName("BL-1 a payment is credited once per payment id")
    void aPaymentIsCreditedOnce() {
        var line = anElectricityLine(0);
        var payment = UUID.randomUUID();

        assertThat(line.pay(payment, LocalDate.of(2026, 10, 5), 10_000)).isTrue();
        assertThat(line.pay(payment, LocalDate.of(2026, 10, 5), 10_000)).isFalse();
        assertThat(line.paymentsKopecks()).isEqualTo(10_000);
    }

    @Test
    @DisplayName("BL-1 a charge is never negative (a credit is a recalculation), a payment always positive")
    void refusesNegativeChargesAndPayments() {
        var line = anElectricityLine(0);

        assertThatThrownBy(() -> line.charge(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> line.pay(UUID.randomUUID(), LocalDate.of(2026, 10, 5), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(line.closingKopecks()).isZero();
    }
}
