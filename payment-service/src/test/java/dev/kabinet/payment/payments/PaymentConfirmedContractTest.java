package dev.kabinet.payment.payments;

import static dev.kabinet.payment.payments.PaymentBuilder.aCardPayment;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.platform.test.EventContracts;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** What payment-service sends on payment.payments is what {@code contracts/} promises (docs/adr/0022). */
@DisplayName("PY-4, BO-3 payment.PaymentConfirmed.v1 conforms to its contract")
class PaymentConfirmedContractTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theGoldenExampleConforms() {
        EventContracts.assertConforms(PaymentConfirmedV1.TYPE, EventContracts.goldenExample(PaymentConfirmedV1.TYPE));
    }

    @Test
    @DisplayName("PY-4 the fact of a confirmed card payment of two lines conforms, with its id as idempotency key")
    void aConfirmedCardPaymentConforms() {
        var payment = aCardPayment()
                .line("EL", 157200)
                .line("GAS", 50000)
                .sentAs("order-7")
                .build();
        var fact = payment.confirmed("order-7", Instant.parse("2026-11-29T10:05:12Z"))
                .orElseThrow();

        String published = json.writeValueAsString(PaymentConfirmedV1.of(fact));

        EventContracts.assertConforms(PaymentConfirmedV1.TYPE, published);
        assertThat(json.readTree(published).get("paymentId").asString())
                .isEqualTo(payment.id().toString());
        assertThat(published).contains("\"paidAt\":\"2026-11-29T10:05:12Z\"");
    }
}
