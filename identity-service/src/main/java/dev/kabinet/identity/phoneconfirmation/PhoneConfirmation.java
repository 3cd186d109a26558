package dev.kabinet.identity.phoneconfirmation;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One code sent by SMS to confirm a phone (ID-3, ID-5, ID-8, ID-9): who asked for it and from where, the code's hash,
 * until when it is valid, how many wrong entries it took. It is confirmed at most once; {@code max-attempts} wrong
 * entries lock it; a newer code to the same phone supersedes it; after {@code code-ttl} it is expired. Every way out
 * says what the resident can do next (ask for a new code).
 */
@Table("phone_confirmation")
public class PhoneConfirmation {

    public enum Status {
        /** The code was issued (and is being or has been sent); it can be entered. */
        PENDING,
        CONFIRMED,
        /** Too many wrong codes. */
        LOCKED,
        /** A newer code went to the same phone. */
        SUPERSEDED,
        /** The SMS provider did not take the message. */
        NOT_SENT
    }

    /** What one entry of a code did. */
    public enum Outcome {
        CONFIRMED,
        WRONG,
        LOCKED
    }

    @Id
    private final UUID id;

    @Version
    private Long version;

    private final String subject;
    private final String phone;
    private final String clientIp;
    private final String codeHash;
    private final Instant createdAt;
    private final Instant expiresAt;
    private int failedAttempts;
    private Status status;
    private String deliveryId;
    private Instant confirmedAt;

    @PersistenceCreator
    PhoneConfirmation(
            UUID id,
            Long version,
            String subject,
            String phone,
            String clientIp,
            String codeHash,
            Instant createdAt,
            Instant expiresAt,
            int failedAttempts,
            Status status,
            String deliveryId,
            Instant confirmedAt) {
        this.id = id;
        this.version = version;
        this.subject = subject;
        this.phone = phone;
        this.clientIp = clientIp;
        this.codeHash = codeHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.failedAttempts = failedAttempts;
        this.status = status;
        this.deliveryId = deliveryId;
        this.confirmedAt = confirmedAt;
    }

    /** A new code for this phone; {@code codeHash} is computed for {@code id} by {@link OneTimeCodes}. */
    static PhoneConfirmation issue(
            UUID id, String subject, String phone, String clientIp, String codeHash, Instant now, Duration ttl) {
        return new PhoneConfirmation(
                id, null, subject, phone, clientIp, codeHash, now, now.plus(ttl), 0, Status.PENDING, null, null);
    }

    /**
     * One entry of a code. A wrong one counts; the {@code maxAttempts}-th wrong one locks the confirmation. Refused
     * (nothing changes) when it is already confirmed, locked, superseded, not sent or expired.
     */
    Outcome enter(String typed, OneTimeCodes codes, Instant now, int maxAttempts) {
        switch (status) {
            case CONFIRMED -> throw new PhoneConfirmationAlreadyUsed();
            case LOCKED -> throw new ConfirmationAttemptsExhausted(maxAttempts);
            case SUPERSEDED -> throw new ConfirmationCodeSuperseded();
            case NOT_SENT -> throw new ConfirmationCodeExpired();
            case PENDING -> {}
        }
        if (!now.isBefore(expiresAt)) {
            throw new ConfirmationCodeExpired();
        }
        if (codes.matches(codeHash, id, typed)) {
            status = Status.CONFIRMED;
            confirmedAt = now;
            return Outcome.CONFIRMED;
        }
        failedAttempts++;
        if (failedAttempts >= maxAttempts) {
            status = Status.LOCKED;
            return Outcome.LOCKED;
        }
        return Outcome.WRONG;
    }

    /** The provider took the message. */
    void sent(String deliveryId) {
        this.deliveryId = deliveryId;
    }

    /** The provider did not take the message: the code can never arrive, so it cannot be entered. */
    void notSent() {
        if (status == Status.PENDING) {
            status = Status.NOT_SENT;
        }
    }

    /** A newer code went to the same phone. */
    void supersede() {
        if (status == Status.PENDING) {
            status = Status.SUPERSEDED;
        }
    }

    public int attemptsLeft(int maxAttempts) {
        return Math.max(0, maxAttempts - failedAttempts);
    }

    public UUID id() {
        return id;
    }

    public String subject() {
        return subject;
    }

    public String phone() {
        return phone;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Status status() {
        return status;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }

    String codeHash() {
        return codeHash;
    }

    String clientIp() {
        return clientIp;
    }
}
