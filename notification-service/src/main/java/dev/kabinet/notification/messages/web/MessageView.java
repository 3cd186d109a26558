package dev.kabinet.notification.messages.web;

import dev.kabinet.notification.messages.Message;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/** A message in the cabinet, as the resident's list shows it. */
public record MessageView(
        UUID id,
        @Schema(example = "Показания приняты в обработку") String subject,
        @Schema(description = "Plain text, may span lines") String body,
        Instant createdAt,

        @Schema(description = "Whether the resident marked it read")
        boolean read) {

    static MessageView of(Message message) {
        return new MessageView(
                message.id(), message.subject(), message.body(), message.createdAt(), message.readAt() != null);
    }
}
