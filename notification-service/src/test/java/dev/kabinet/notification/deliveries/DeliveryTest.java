package dev.kabinet.notification.deliveries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("NT-1 a delivery is tried with back-off, then dead; its idempotency key is the event and channel")
class DeliveryTest {

    static final Instant NOW = Instant.parse("2026-11-22T09:16:00Z");
    static final RetryPolicy POLICY = new RetryPolicy(3, Duration.ofSeconds(30), 2.0, Duration.ofMinutes(10));
    static final Notice NOTICE =
            new Notice("reading-refused/1", Language.RU, "Тема", "в кабинете", "текст", "<p>html</p>", "смс");

    final UUID eventId = UUID.randomUUID();
    final Delivery delivery = Delivery.email(eventId, "1000000012", "ivanova@kabinet.local", NOTICE, NOW);

    @Test
    void isDueAtOnce() {
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(delivery.nextAttemptAt()).isEqualTo(NOW);
        assertThat(delivery.attempts()).isZero();
        assertThat(delivery.subject()).isEqualTo("Тема");
        assertThat(delivery.textBody()).isEqualTo("текст");
        assertThat(delivery.htmlBody()).isEqualTo("<p>html</p>");
    }

    @Test
    void itsMessageIdIsDerivedFromTheEvent() {
        assertThat(delivery.messageId("kabinet.local")).isEqualTo("<" + eventId + "@kabinet.local>");
    }

    @Test
    void waitsLongerAfterEachFailureThenGivesUp() {
        delivery.failed("connection refused", true, NOW, POLICY);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(delivery.nextAttemptAt()).isEqualTo(NOW.plusSeconds(30));

        delivery.failed("connection refused", true, NOW, POLICY);
        assertThat(delivery.nextAttemptAt()).isEqualTo(NOW.plusSeconds(60));

        delivery.failed("connection refused", true, NOW, POLICY);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.DEAD);
        assertThat(delivery.attempts()).isEqualTo(3);
        assertThat(delivery.lastError()).isEqualTo("connection refused");
        assertThatThrownBy(() -> delivery.failed("again", true, NOW, POLICY)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void isSentOnceAccepted() {
        delivery.failed("timeout", true, NOW, POLICY);
        delivery.sent(NOW.plusSeconds(31));

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(delivery.attempts()).isEqualTo(2);
        assertThat(delivery.sentAt()).isEqualTo(NOW.plusSeconds(31));
        assertThat(delivery.lastError()).isNull();
        assertThatThrownBy(() -> delivery.sent(NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRefusalAnotherAttemptWouldNotChangeIsDeadAtOnce() {
        delivery.failed("provider refused with 400", false, NOW, POLICY);

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.DEAD);
        assertThat(delivery.attempts()).isEqualTo(1);
    }

    @Test
    void aPostponementCountsNoAttempt() {
        delivery.postpone(NOW.plusSeconds(600));

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(delivery.attempts()).isZero();
        assertThat(delivery.nextAttemptAt()).isEqualTo(NOW.plusSeconds(600));
    }

    @Test
    void eachChannelHasItsOwnKeyAndShowsItsRecipientMasked() {
        var sms = Delivery.sms(eventId, "1000000012", "+79161234567", NOTICE, NOW, NOW);
        var cabinet = Delivery.cabinet(eventId, "1000000012", NOTICE, NOW);

        assertThat(sms.idempotencyKey()).isEqualTo(eventId + ":SMS");
        assertThat(sms.textBody()).isEqualTo("смс");
        assertThat(sms.maskedRecipient()).isEqualTo("+7 *** ***-**-67");
        assertThat(delivery.maskedRecipient()).isEqualTo("i***a@kabinet.local");
        assertThat(cabinet.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(cabinet.maskedRecipient()).doesNotContain("000000");
        assertThat(delivery.template()).isEqualTo("reading-refused/1");
    }

    @Test
    void keepsTheErrorShort() {
        delivery.failed("x".repeat(2000), true, NOW, POLICY);

        assertThat(delivery.lastError()).hasSize(Delivery.MAX_ERROR_LENGTH);
    }

    @Test
    void theWaitGrowsUpToItsCeiling() {
        var policy = new RetryPolicy(10, Duration.ofSeconds(30), 2.0, Duration.ofMinutes(5));

        assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(policy.delayAfter(4)).isEqualTo(Duration.ofSeconds(240));
        assertThat(policy.delayAfter(5)).isEqualTo(Duration.ofMinutes(5));
        assertThat(policy.delayAfter(50)).isEqualTo(Duration.ofMinutes(5));
    }
}
