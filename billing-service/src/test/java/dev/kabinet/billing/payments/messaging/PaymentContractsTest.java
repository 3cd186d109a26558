package dev.kabinet.billing.payments.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kabinet.billing.payments.IncomingPayment;
import dev.kabinet.billing.payments.PaymentAppliedV1;
import dev.kabinet.platform.messaging.IncomingEvent.MalformedEvent;
import dev.kabinet.platform.test.EventContracts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** What billing reads of payments and writes of their credit is what {@code contracts/} promises (docs/adr/0029). */
@DisplayName("PY-4 BO-3 billing's payment events conform to their contracts")
class PaymentContractsTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    @DisplayName("PY-4 the golden payment.PaymentConfirmed.v1 reads into the payment billing credits")
    void aConfirmedCardPaymentReads() {
        var payment = json.readValue(EventContracts.goldenExample(PaymentV1.TYPE), PaymentV1.class)
                .toPayment();

        assertThat(payment.paymentId()).isEqualTo(UUID.fromString("0b7c1f6e-3a2d-4c5b-9e8f-1a2b3c4d5e6f"));
        assertThat(payment.amountKopecks()).isEqualTo(207_200);
        assertThat(payment.lines())
                .containsExactly(new IncomingPayment.Line("EL", 157_200), new IncomingPayment.Line("GAS", 50_000));
        assertThat(payment.paidAt()).isEqualTo(Instant.parse("2026-11-29T10:05:12Z"));
        assertThat(payment.channel()).isEqualTo("CARD");
    }

    @Test
    @DisplayName("BO-3 the golden backoffice.PaymentReceived.v1 conforms and reads into the same payment")
    void aPostOfficePaymentReads() {
        var golden = EventContracts.goldenExample(PaymentV1.BACKOFFICE_TYPE);
        EventContracts.assertConforms(PaymentV1.BACKOFFICE_TYPE, golden);

        var payment = json.readValue(golden, PaymentV1.class).toPayment();

        assertThat(payment.channel()).isEqualTo("POST");
        assertThat(payment.lines()).extracting(IncomingPayment.Line::lineCode).containsExactly("EL", "EL_ODN");
        assertThat(payment.lines().stream()
                        .mapToLong(IncomingPayment.Line::amountKopecks)
                        .sum())
                .isEqualTo(payment.amountKopecks());
    }

    @Test
    @DisplayName("PY-4 a payment without its lines is unreadable: dead-lettered at once")
    void aPaymentWithoutLinesIsMalformed() {
        var event = new PaymentV1(UUID.randomUUID(), "1000000011", 100L, null, Instant.now(), "CARD");

        assertThatThrownBy(event::toPayment).isInstanceOf(MalformedEvent.class).hasMessageStartingWith("unreadable:");
    }

    @Test
    @DisplayName("PY-4 the golden billing.PaymentApplied.v1 and one billing writes conform to the contract")
    void paymentAppliedConforms() {
        EventContracts.assertConforms(PaymentAppliedV1.TYPE, EventContracts.goldenExample(PaymentAppliedV1.TYPE));
        var applied = new PaymentAppliedV1(
                UUID.randomUUID(),
                "1000000011",
                207_200,
                "CARD",
                Instant.parse("2026-11-29T10:05:12Z"),
                LocalDate.of(2026, 11, 29),
                Instant.parse("2026-11-29T10:05:13.402Z"),
                List.of(
                        new PaymentAppliedV1.Line("EL", 157_200, "2026-11"),
                        new PaymentAppliedV1.Line("GAS", 50_000, "2026-11")));

        var written = json.writeValueAsString(applied);

        EventContracts.assertConforms(PaymentAppliedV1.TYPE, written);
        assertThat(written).contains("\"paidOn\":\"2026-11-29\"").contains("\"period\":\"2026-11\"");
    }
}
