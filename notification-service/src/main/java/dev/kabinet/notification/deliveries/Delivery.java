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
 * One notice on one channel because of one event (NT-1): what (the template and language it was rendered from, the
 * rendered text), to whom (the account and the address, phone or account), when, the outcome and the attempts. It is
 * recorded in the transaction that handles the event; e-mails and SMS leave afterwards ({@link DeliverySender}), a
 * cabinet message is posted in that same transaction and recorded as sent. The event id with the channel is the
 * idempotency key: at most one delivery per event and channel (a unique key), the e-mail's {@code Message-ID} and the
 * SMS provider's {@code Idempotency-Key} are derived from it, so a resend after a crash between the server's acceptance
 * and our commit is recognised as the same message.
 */
@Table("delivery")
public class Delivery {

    static final int MAX_ERROR_LENGTH = 500;

    @Id
    private final UUID id;

    private final UUID eventId;
    private final Channel channel;
    private final String template;
    private final String language;
    private final @Nullable String accountNumber;
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
    private final @Nullable String attachment;
    private final boolean urgent;
    private final @Nullable UUID broadcastId;

    @Version
    private @Nullable Integer version;

    @PersistenceCreator
    Delivery(
            UUID id,
            UUID eventId,
            Channel channel,
            String template,
            String language,
            @Nullable String accountNumber,
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
            @Nullable String attachment,
            boolean urgent,
            @Nullable UUID broadcastId,
            @Nullable Integer version) {
        this.id = Objects.requireNonNull(id);
        this.eventId = Objects.requireNonNull(eventId);
        this.channel = Objects.requireNonNull(channel);
        this.template = Objects.requireNonNull(template);
        this.language = Objects.requireNonNull(language);
        this.accountNumber = accountNumber;
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
        this.attachment = attachment;
        this.urgent = urgent;
        this.broadcastId = broadcastId;
        this.version = version;
    }

    /** An e-mail of {@code notice} to {@code address} because of event {@code eventId}, due at once. */
    public static Delivery email(
            UUID eventId, @Nullable String accountNumber, String address, Notice notice, Instant now) {
        return new Delivery(
                UUID.randomUUID(),
                eventId,
                Channel.EMAIL,
                notice.template(),
                notice.language().tag(),
                accountNumber,
                address,
                notice.subject(),
                notice.emailText(),
                notice.emailHtml(),
                DeliveryStatus.PENDING,
                0,
                null,
                now,
                now,
                null,
                null,
                false,
                null,
                null);
    }

    /** An SMS of {@code notice} to {@code phone} (E.164) because of event {@code eventId}, due at {@code due}. */
    public static Delivery sms(
            UUID eventId, @Nullable String accountNumber, String phone, Notice notice, Instant now, Instant due) {
        return new Delivery(
                UUID.randomUUID(),
                eventId,
                Channel.SMS,
                notice.template(),
                notice.language().tag(),
                accountNumber,
                phone,
                notice.subject(),
                notice.smsText(),
                "",
                DeliveryStatus.PENDING,
                0,
                null,
                now,
                due,
                null,
                null,
                false,
                null,
                null);
    }

    /** The cabinet message of {@code notice}, posted in the event's transaction: sent on its first attempt. */
    public static Delivery cabinet(UUID eventId, String accountNumber, Notice notice, Instant now) {
        return new Delivery(
                UUID.randomUUID(),
                eventId,
                Channel.CABINET,
                notice.template(),
                notice.language().tag(),
                accountNumber,
                accountNumber,
                notice.subject(),
                notice.cabinetText(),
                "",
                DeliveryStatus.SENT,
                1,
                null,
                now,
                now,
                now,
                null,
                false,
                null,
                null);
    }

    /**
     * This e-mail with {@code attachment} fetched when it is sent (NT-4: {@code receipt:<account>/<period>}); the
     * attachment itself is never stored.
     */
    public Delivery withAttachment(String attachment) {
        return new Delivery(
                id,
                eventId,
                channel,
                template,
                language,
                accountNumber,
                recipient,
                subject,
                textBody,
                htmlBody,
                status,
                attempts,
                lastError,
                createdAt,
                nextAttemptAt,
                sentAt,
                attachment,
                urgent,
                broadcastId,
                version);
    }

    /**
     * This notice as an urgent one (NT-2 security notices): due at once, regardless of the quiet hours and the
     * recipient's rate limit.
     */
    public Delivery urgent() {
        return new Delivery(
                id,
                eventId,
                channel,
                template,
                language,
                accountNumber,
                recipient,
                subject,
                textBody,
                htmlBody,
                status,
                attempts,
                lastError,
                createdAt,
                createdAt,
                sentAt,
                attachment,
                true,
                broadcastId,
                version);
    }

    /** The {@code Message-ID} of this e-mail: the same for every attempt, {@code <eventId@domain>}. */
    public String messageId(String domain) {
        return "<" + eventId + "@" + domain + ">";
    }

    /** The key the SMS provider deduplicates by: the same for every attempt, {@code <eventId>:SMS}. */
    public String idempotencyKey() {
        return eventId + ":" + channel;
    }

    /** The channel accepted the notice. */
    public void sent(Instant now) {
        requirePending();
        attempts++;
        status = DeliveryStatus.SENT;
        sentAt = now;
        lastError = null;
    }

    /**
     * An attempt failed: try again after the policy's wait, or, after its last attempt or when another attempt would
     * not change anything ({@code retryable} false), the delivery is dead.
     */
    public void failed(String error, boolean retryable, Instant now, RetryPolicy policy) {
        requirePending();
        attempts++;
        lastError = error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
        if (!retryable || attempts >= policy.maxAttempts()) {
            status = DeliveryStatus.DEAD;
        } else {
            nextAttemptAt = now.plus(policy.delayAfter(attempts));
        }
    }

    /** Not attempted now (the recipient's rate limit, quiet hours): due again at {@code due}, no attempt counted. */
    public void postpone(Instant due) {
        requirePending();
        nextAttemptAt = due;
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

    public Channel channel() {
        return channel;
    }

    /** {@code <name>/<version>}, e.g. {@code reading-refused/1}. */
    public String template() {
        return template;
    }

    public String language() {
        return language;
    }

    public @Nullable String accountNumber() {
        return accountNumber;
    }

    /** The e-mail address, the phone (E.164) or, for the cabinet, the account number. */
    public String recipient() {
        return recipient;
    }

    /** The recipient as residents and operators see it: {@code i***a@kabinet.local}, {@code +7 *** ***-**-67}. */
    public String maskedRecipient() {
        return Masking.mask(channel, recipient);
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

    /** What to fetch and attach when the e-mail leaves ({@code receipt:<account>/<period>}), or null. */
    public @Nullable String attachment() {
        return attachment;
    }

    /** A security notice: not held back by the quiet hours or the rate limit. */
    public boolean isUrgent() {
        return urgent;
    }

    /** The broadcast this delivery belongs to, or null. */
    public @Nullable UUID broadcastId() {
        return broadcastId;
    }
}
