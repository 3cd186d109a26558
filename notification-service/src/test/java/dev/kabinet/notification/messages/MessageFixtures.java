package dev.kabinet.notification.messages;

import java.time.Instant;
import java.util.UUID;

/** Test data: messages as the service would have posted them. */
public final class MessageFixtures {

    private MessageFixtures() {}

    public static Message aMessage(String accountNumber, String subject, String body) {
        return Message.of(accountNumber, subject, body, UUID.randomUUID(), Instant.parse("2026-11-22T09:15:31Z"));
    }
}
