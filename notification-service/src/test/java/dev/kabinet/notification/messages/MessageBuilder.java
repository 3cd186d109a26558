package dev.kabinet.notification.messages;

import java.time.Instant;
import java.util.UUID;

/** Test data: in-cabinet messages as the service would have posted them, with sensible defaults. */
public final class MessageBuilder {

    private String accountNumber = "1000000011";
    private String subject = "Показания приняты в обработку";
    private String body = "Показания счётчика ЭМ-101-2019 приняты в обработку.";
    private UUID eventId = UUID.randomUUID();
    private Instant createdAt = Instant.parse("2026-11-22T09:15:31Z");

    private MessageBuilder() {}

    /** A message on ivanova's account 1000000011 about a reading received. */
    public static MessageBuilder aMessage() {
        return new MessageBuilder();
    }

    public MessageBuilder on(String accountNumber) {
        this.accountNumber = accountNumber;
        return this;
    }

    public MessageBuilder subject(String subject) {
        this.subject = subject;
        return this;
    }

    public MessageBuilder body(String body) {
        this.body = body;
        return this;
    }

    public MessageBuilder createdAt(String instant) {
        this.createdAt = Instant.parse(instant);
        return this;
    }

    public Message build() {
        return Message.of(accountNumber, subject, body, eventId, createdAt);
    }
}
