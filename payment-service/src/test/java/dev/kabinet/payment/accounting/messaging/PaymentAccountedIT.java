package dev.kabinet.payment.accounting.messaging;

import static dev.kabinet.payment.payments.PaymentBuilder.aCardPayment;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.payment.payments.Payment;
import dev.kabinet.payment.payments.PaymentRepository;
import dev.kabinet.payment.payments.PaymentStatus;
import dev.kabinet.platform.test.EventContracts;
import dev.kabinet.platform.test.GoldenEvent;
import dev.kabinet.platform.test.KabinetIntegrationTest;
import dev.kabinet.platform.test.KafkaProbe;
import dev.kabinet.platform.test.ServiceApi;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Billing's credit moves a card payment to ACCOUNTED («оплачено», PY-4, docs/adr/0029), on the real Kafka and
 * PostgreSQL: {@code billing.PaymentApplied.v1} published on {@code billing.payments} as billing's outbox would. Every
 * test has an account and payments of its own.
 */
@KabinetIntegrationTest
@DisplayName("PY-4 a payment billing credited is «оплачено» (ACCOUNTED), once (#10)")
class PaymentAccountedIT {

    @Autowired
    PaymentRepository payments;

    @Autowired
    JdbcTemplate jdbc;

    final String account =
            "78" + String.format("%011d", ThreadLocalRandom.current().nextLong(100_000_000_000L));

    Payment aConfirmedPayment() {
        var payment = aCardPayment()
                .on(account)
                .line("EL", 157_200)
                .line("GAS", 50_000)
                .sentAs("order-" + UUID.randomUUID())
                .build();
        payment.confirmed(null, Instant.parse("2026-11-29T10:05:12Z")).orElseThrow();
        return payments.save(payment);
    }

    UUID applied(UUID paymentId) {
        return applied(paymentId, UUID.randomUUID());
    }

    UUID applied(UUID paymentId, UUID eventId) {
        var event = GoldenEvent.of(PaymentAppliedV1.TYPE)
                .with("paymentId", paymentId.toString())
                .with("accountNumber", account)
                .with("appliedAt", "2026-11-29T10:05:13.402Z");
        KafkaProbe.publish(PaymentAppliedV1.TOPIC, account, eventId, event);
        return eventId;
    }

    void awaitHandled(UUID eventId) {
        ServiceApi.eventually(
                "event " + eventId + " handled",
                () -> jdbc.queryForObject(
                        "select count(*) from inbox_event where event_id = ? and consumer = ?",
                        Long.class,
                        eventId,
                        PaymentAppliedListener.CONSUMER),
                n -> n == 1);
    }

    Payment reread(UUID id) {
        return payments.findById(id).orElseThrow();
    }

    @Test
    @DisplayName(
            "PY-4 a confirmed payment becomes ACCOUNTED when billing credits it; a repeat, also under another event"
                    + " id, is no move")
    void billingsCreditMakesItAccounted() {
        var payment = aConfirmedPayment();
        var event = UUID.randomUUID();

        awaitHandled(applied(payment.id(), event));
        applied(payment.id(), event);
        awaitHandled(applied(payment.id()));

        var accounted = reread(payment.id());
        assertThat(accounted.status()).isEqualTo(PaymentStatus.ACCOUNTED);
        assertThat(accounted.accountedAt()).isEqualTo(Instant.parse("2026-11-29T10:05:13.402Z"));
    }

    @Test
    @DisplayName(
            "PY-4 billing's credit of a payment refunded meanwhile, or of a back-office payment this service does not"
                    + " hold, changes nothing and dead-letters nothing")
    void creditsOfOthersChangeNothing() {
        var refunded = aConfirmedPayment();
        refunded.refunded("refund", Instant.parse("2026-11-29T10:06:00Z"));
        payments.save(refunded);
        try (var deadLetters = KafkaProbe.listen(PaymentAppliedV1.TOPIC + ".DLT")) {
            var first = applied(refunded.id());
            var second = applied(UUID.randomUUID());
            awaitHandled(first);
            awaitHandled(second);

            assertThat(deadLetters.drain()).noneMatch(r -> account.equals(r.key()));
        }
        assertThat(reread(refunded.id()).status()).isEqualTo(PaymentStatus.REFUNDED);
    }

    @Test
    @DisplayName("PY-4 the golden billing.PaymentApplied.v1 reads into the service's record")
    void theGoldenExampleReads() {
        var golden = EventContracts.goldenExample(PaymentAppliedV1.TYPE);
        var event = JsonMapper.builder().build().readValue(golden, PaymentAppliedV1.class);

        event.requireFields();
        assertThat(event.paymentId()).isEqualTo(UUID.fromString("0b7c1f6e-3a2d-4c5b-9e8f-1a2b3c4d5e6f"));
    }
}
