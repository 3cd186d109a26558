package dev.kabinet.payment.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("PY-5 payment")
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
    void neverPrintsTheFullAccountNumber() {
        assertThat(Payment.attempt(ID, "1000000011", 100, NOW).toString())
                .contains("10******11")
                .doesNotContain("1000000011");
    }
}
