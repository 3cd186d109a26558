package dev.kabinet.payment.payments;

import static dev.kabinet.payment.payments.PaymentBuilder.aCardPayment;
import static dev.kabinet.payment.payments.PaymentBuilder.ivanovaPaying;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("PY-3, PY-4, PY-5 payment")
class PaymentTest {

    private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void isRecordedBeforeTheBankHearsOfIt() {
        var payment = Payment.attempt(ID, "1000000011", 123456, NOW);

        assertThat(payment.status()).isEqualTo(PaymentStatus.CREATED);
        assertThat(payment.amountKopecks()).isEqualTo(123456);
        assertThat(payment.createdAt()).isEqualTo(NOW);
    }

    @Test
    void refusesNothingOrLessThanNothing() {
        assertThatIllegalArgumentException().isThrownBy(() -> Payment.attempt(ID, "1000000011", 0, NOW));
        assertThatIllegalArgumentException().isThrownBy(() -> Payment.attempt(ID, "1000000011", -100, NOW));
    }

    @Test
    void refusesAMalformedAccountNumber() {
        assertThatIllegalArgumentException().isThrownBy(() -> Payment.attempt(ID, "12345", 100, NOW));
    }

    @Test
    void neverPrintsTheFullAccountNumberNorThePayer() {
        var payment = aCardPayment().build();
        assertThat(payment.toString()).contains("10******11").doesNotContain("1000000011");
        assertThat(ivanovaPaying().toString()).doesNotContain("Иванова", "ivanova", "7916");
    }

    @Test
    @DisplayName("PY-1 a card payment is the sum of its lines, an order of 20 minutes, its id the bank's order number")
    void aCardPaymentIsTheSumOfItsLines() {
        var payment = aCardPayment()
                .id("0b7c1f6e-3a2d-4c5b-9e8f-1a2b3c4d5e6f")
                .line("EL", 157200)
                .line("GAS", 50000)
                .createdAt("2026-11-22T10:00:00Z")
                .build();

        assertThat(payment.amountKopecks()).isEqualTo(207200);
        assertThat(payment.lines()).extracting(PaymentLine::lineCode).containsExactly("EL", "GAS");
        assertThat(payment.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(20)));
        assertThat(payment.orderNumber())
                .isEqualTo("0b7c1f6e3a2d4c5b9e8f1a2b3c4d5e6f")
                .hasSize(32);
    }

    @Test
    void refusesALineTwiceOrNoLine() {
        var order = new PaymentOrder(List.of(PaymentLine.of("EL", 1)), ivanovaPaying());
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Payment.byCard(
                        ID,
                        "1000000011",
                        List.of(PaymentLine.of("EL", 1), PaymentLine.of("EL", 2)),
                        ivanovaPaying(),
                        "v",
                        "key-12345678",
                        order.fingerprint("1000000011"),
                        "sberbank",
                        NOW,
                        NOW));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Payment.byCard(
                        ID, "1000000011", List.of(), ivanovaPaying(), "v", "k", "h", "sberbank", NOW, NOW));
    }

    @Test
    @DisplayName("PY-4 the deposit confirms once: the fact carries lines and paid-at, a repeat gives nothing")
    void confirmsOnce() {
        var payment =
                aCardPayment().line("EL", 100).line("GAS", 200).sentAs("o-1").build();
        var paidAt = Instant.parse("2026-11-22T10:05:00Z");

        var fact = payment.confirmed("o-1", paidAt).orElseThrow();

        assertThat(payment.status()).isEqualTo(PaymentStatus.CONFIRMED);
        assertThat(fact.paymentId()).isEqualTo(payment.id());
        assertThat(fact.amountKopecks()).isEqualTo(300);
        assertThat(fact.lines()).containsExactly(PaymentLine.of("EL", 100), PaymentLine.of("GAS", 200));
        assertThat(fact.paidAt()).isEqualTo(paidAt);
        assertThat(payment.nextCheckAt()).isNull();
        assertThat(payment.confirmed("o-1", paidAt.plusSeconds(60))).isEmpty();
        assertThat(payment.paidAt()).isEqualTo(paidAt);
    }

    @Test
    @DisplayName("PY-4 a decline after the deposit is refused; a deposit after a decline wins (the bank's money)")
    void theDepositWinsOverADecline() {
        var paid = aCardPayment().sentAs("o-2").build();
        paid.confirmed("o-2", NOW);
        assertThatThrownBy(() -> paid.declined("-2006", NOW)).isInstanceOf(PaymentTransitionRefused.class);

        var declined = aCardPayment().sentAs("o-3").build();
        assertThat(declined.declined("-2006", NOW)).isTrue();
        assertThat(declined.declined("-2006", NOW)).as("a repeated decline").isFalse();
        assertThat(declined.confirmed("o-3", NOW)).isPresent();
        assertThat(declined.status()).isEqualTo(PaymentStatus.CONFIRMED);
    }

    @Test
    @DisplayName("PY-4 confirmed → accounted («оплачено») → refunded, each once")
    void isAccountedThenRefunded() {
        var payment = aCardPayment().sentAs("o-4").build();
        payment.confirmed("o-4", NOW);

        assertThat(payment.accounted(NOW)).isTrue();
        assertThat(payment.accounted(NOW)).isFalse();
        assertThat(payment.refunded("refund", NOW)).isTrue();
        assertThat(payment.status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(payment.confirmed("o-4", NOW))
                .as("a late deposit word after the refund")
                .isEmpty();
        assertThat(payment.status()).isEqualTo(PaymentStatus.REFUNDED);
    }

    @Test
    void aCreatedPaymentCannotBeAccountedBeforeTheBankConfirmedIt() {
        var payment = aCardPayment().build();
        assertThatThrownBy(() -> payment.accounted(NOW)).isInstanceOf(PaymentTransitionRefused.class);
    }

    @Test
    @DisplayName("PY-3 the janitor's next question is set only while the outcome is unknown")
    void asksAgainOnlyWhileUnknown() {
        var payment = aCardPayment().sentAs("o-5").build();
        payment.checkAgainAt(NOW.plusSeconds(60));
        assertThat(payment.nextCheckAt()).isEqualTo(NOW.plusSeconds(60));

        payment.expired("-2007", NOW);
        payment.checkAgainAt(NOW.plusSeconds(120));
        assertThat(payment.nextCheckAt()).isNull();
    }

    @Test
    @DisplayName("PY-3 a retry is the same request whatever the order of its lines; other sums are not")
    void fingerprintsTheRequest() {
        var payer = ivanovaPaying();
        var a = new PaymentOrder(List.of(PaymentLine.of("EL", 100), PaymentLine.of("GAS", 200)), payer);
        var b = new PaymentOrder(List.of(PaymentLine.of("GAS", 200), PaymentLine.of("EL", 100)), payer);
        var c = new PaymentOrder(List.of(PaymentLine.of("GAS", 201), PaymentLine.of("EL", 100)), payer);

        assertThat(a.fingerprint("1000000011")).isEqualTo(b.fingerprint("1000000011"));
        assertThat(a.fingerprint("1000000011")).isNotEqualTo(c.fingerprint("1000000011"));
        assertThat(a.fingerprint("1000000011")).isNotEqualTo(a.fingerprint("1000000012"));
    }
}
