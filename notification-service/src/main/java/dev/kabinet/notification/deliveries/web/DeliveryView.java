package dev.kabinet.notification.deliveries.web;

import dev.kabinet.notification.deliveries.Channel;
import dev.kabinet.notification.deliveries.Delivery;
import dev.kabinet.notification.deliveries.DeliveryStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One delivery in the resident's notification history or an operator's list: what was sent (the subject and template),
 * where (the channel and the recipient, masked), when, and how it went. No text, no whole address or phone.
 */
public record DeliveryView(
        UUID id,
        Channel channel,
        @Schema(example = "reading-refused/1") String template,
        @Schema(example = "ru") String language,
        @Schema(example = "Показания не приняты") String subject,
        @Schema(example = "i***a@kabinet.local") String recipient,
        DeliveryStatus status,
        int attempts,
        Instant createdAt,
        @Nullable Instant sentAt,

        @Schema(description = "Pending: when the next attempt is due") @Nullable
        Instant nextAttemptAt) {

    public static DeliveryView of(Delivery delivery) {
        return new DeliveryView(
                delivery.id(),
                delivery.channel(),
                delivery.template(),
                delivery.language(),
                delivery.subject(),
                delivery.maskedRecipient(),
                delivery.status(),
                delivery.attempts(),
                delivery.createdAt(),
                delivery.sentAt(),
                delivery.status() == DeliveryStatus.PENDING ? delivery.nextAttemptAt() : null);
    }
}
