package dev.kabinet.payment.refunds;

import static dev.kabinet.payment.payments.PaymentBuilder.aCardPayment;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.platform.test.EventContracts;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** What payment-service sends as a refund's fact is what {@code contracts/} promises (PY-9). */
@DisplayName("PY-9 payment.PaymentRefunded.v1 conforms to its contract")
class PaymentRefundedContractTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final RefundSettings settings = new RefundSettings(30, ".*_PENALTY");

    @Test
    void theGoldenExampleConforms() {
        EventContracts.assertConforms(PaymentRefundedV1.TYPE, EventContracts.goldenExample(PaymentRefundedV1.TYPE));
    }

    @Test
    @DisplayName("PY-9 a refund is split over the refundable lines in order, each up to its sum, penalties skipped")
    void aRefundIsSplitOverTheRefundableLines() {
        var payment = aCardPayment()
                .line("EL", 1000)
                .line("EL_PENALTY", 500)
                .line("GAS", 2000)
                .sentAs("order-9")
                .build();
        payment.confirmed("order-9", Instant.parse("2026-11-29T10:05:12Z"));
        var refund = Refund.requested(
                payment.id(), payment.accountNumber(), 2500, "Оплатила дважды", "ivanova", Instant.now());

        var fact = PaymentRefundedV1.of(refund, payment, settings::refundable, Instant.parse("2026-12-01T09:00:00Z"));
        String published = json.writeValueAsString(fact);

        EventContracts.assertConforms(PaymentRefundedV1.TYPE, published);
        assertThat(fact.lines())
                .containsExactly(new PaymentRefundedV1.Line("EL", 1000), new PaymentRefundedV1.Line("GAS", 1500));
        assertThat(fact.amountKopecks()).isEqualTo(2500);
    }
}
