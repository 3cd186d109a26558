package dev.kabinet.notification.deliveries;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One e-mail to send because of one event. It is recorded in the transaction that handles the event and sent
 * afterwards by {@link EmailSender}; the event id is its idempotency key: at most one delivery per event, and its
 * {@code Message-ID} is derived from it, so a resend after a crash between the SMTP server's acceptance and our
 * commit carries the same id and mail clients recognise it as the same message.
 */
@Table("email_delivery")
public class EmailDelivery {

    static final int MAX_ERROR_LENGTH = 500;

    @Id
    private final UUID id;

    private final UUID eventId;
    private final String recipient;
    private final String subject;
    private final String textBody;
    private final String htmlBody;
    private DeliveryStatus status;
    private int attempts;
    private @Nullable String lastError;
    private final Instant createdAt;
    private Instant nextAttemptAt;
    private @Nullable Instant sentAt;

    @Version
    private @Nullable Integer version;

    @PersistenceCreator
    EmailDelivery(
            UUID id,
            UUID eventId,
            String recipient,
            String subject,
            String textBody,
            String htmlBody,
            DeliveryStatus status,
            int attempts,
            @Nullable String lastError,
            Instant createdAt,
            Instant nextAttemptAt,
            @Nullable Instant sentAt,
            @Nullable Integer version) {
        this.id = Objects.requireNonNull(id);
        this.eventId = Objects.requireNonNull(eventId);
        this.recipient = Objects.requireNonNull(recipient);
        this.subject = Objects.requireNonNull(subject);
        this.textBody = Objects.requireNonNull(textBody);
        this.htmlBody = Objects.requireNonNull(htmlBody);
        this.status = Objects.requireNonNull(status);
        this.attempts = attempts;
        this.lastError = lastError;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.nextAttemptAt = Objects.requireNonNull(nextAttemptAt);
        this.sentAt = sentAt;
        this.version = version;
    }

    /** An e-mail of {@code notice} to {@code recipient} because of event {@code eventId}, due at once. */
    public static EmailDelivery pending(UUID eventId, String recipient, Notice notice, Instant now) {
        return new EmailDelivery(
                UUID.randomUUID(),
                eventId,
                recipient,
                notice.subject(),
                notice.emailText(),
                notice.emailHtml(),
                DeliveryStatus.PENDING,
                0,
                null,
                now,
                now,
                null,
                null);
    }

    /** The {@code Message-ID} of this e-mail: the same for every attempt, {@code <eventId@domain>}. */
    public String messageId(String domain) {
        return "<" + eventId + "@" + domain + ">";
    }

    /** The SMTP server accepted the e-mail. */
    public void sent(Instant now) {
        requirePending();
        attempts++;
        status = DeliveryStatus.SENT;
        sentAt = now;
        lastError = null;
    }

    /** An attempt failed: try again after the policy's wait, or give up after its last attempt. */
    public void failed(String error, Instant now, RetryPolicy policy) {
        requirePending();
        attempts++;
        lastError = error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
        if (attempts >= policy.maxAttempts()) {
            status = DeliveryStatus.FAILED;
        } else {
            nextAttemptAt = now.plus(policy.delayAfter(attempts));
        }
    }

    private void requirePending() {
        if (status != DeliveryStatus.PENDING) {
            throw new IllegalStateException("Delivery " + id + " is " + status + ", not pending");
        }
    }

    public UUID id() {
        return id;
    }

    public UUID eventId() {
        return eventId;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String textBody() {
        return textBody;
    }

    public String htmlBody() {
        return htmlBody;
    }

    public DeliveryStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public @Nullable String lastError() {
        return lastError;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public @Nullable Instant sentAt() {
        return sentAt;
    }
}
