package dev.kabinet.notification.messages;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A message in the resident's cabinet about one of their accounts; one per event that caused it. */
@Table("message")
public class Message {

    @Id
    private final UUID id;

    private final String accountNumber;
    private final String subject;
    private final String body;
    private final Instant createdAt;
    private final UUID eventId;
    private @Nullable Instant readAt;

    @Version
    private @Nullable Integer version;

    @PersistenceCreator
    Message(
            UUID id,
            String accountNumber,
            String subject,
            String body,
            Instant createdAt,
            UUID eventId,
            @Nullable Instant readAt,
            @Nullable Integer version) {
        this.id = Objects.requireNonNull(id);
        this.accountNumber = Objects.requireNonNull(accountNumber);
        this.subject = Objects.requireNonNull(subject);
        this.body = Objects.requireNonNull(body);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.eventId = Objects.requireNonNull(eventId);
        this.readAt = readAt;
        this.version = version;
    }

    static Message of(String accountNumber, String subject, String body, UUID eventId, Instant now) {
        return new Message(UUID.randomUUID(), accountNumber, subject, body, now, eventId, null, null);
    }

    public UUID id() {
        return id;
    }

    public String accountNumber() {
        return accountNumber;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public UUID eventId() {
        return eventId;
    }

    /** When the resident marked it read; null while unread. */
    public @Nullable Instant readAt() {
        return readAt;
    }
}
