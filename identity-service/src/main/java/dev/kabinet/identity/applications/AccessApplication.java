package dev.kabinet.identity.applications;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An access application (ID-4, manual 000): the applicant's account, name, contacts, an installed meter with its current
 * readings and further accounts, reviewed by the utility's back office (BO-4). {@code SUBMITTED} until the back office
 * decides: {@link #approve} (the login was made) or {@link #reject} with the reason. A decided application changes no
 * more; a rejected one lets the same account apply again.
 */
public final class AccessApplication {

    public enum Status {
        SUBMITTED,
        APPROVED,
        REJECTED
    }

    /** One zone's current reading as typed ({@code 12345.6}); {@code T1} alone, or {@code T1} (day) and {@code T2} (night). */
    public record Reading(String zone, String value) {}

    private final UUID id;
    private final long number;
    private final ApplicationForm.Valid form;
    private final String language;
    private final String clientIp;
    private final Instant submittedAt;
    private Status status;
    private @Nullable String reason;
    private @Nullable String username;
    private @Nullable String subject;
    private @Nullable Instant decidedAt;

    AccessApplication(
            UUID id,
            long number,
            ApplicationForm.Valid form,
            String language,
            String clientIp,
            Instant submittedAt,
            Status status,
            @Nullable String reason,
            @Nullable String username,
            @Nullable String subject,
            @Nullable Instant decidedAt) {
        this.id = Objects.requireNonNull(id);
        this.number = number;
        this.form = Objects.requireNonNull(form);
        this.language = language;
        this.clientIp = clientIp;
        this.submittedAt = submittedAt;
        this.status = status;
        this.reason = reason;
        this.username = username;
        this.subject = subject;
        this.decidedAt = decidedAt;
    }

    /** Whether the back office may still decide it. */
    public boolean waiting() {
        return status == Status.SUBMITTED;
    }

    /**
     * The back office approved it and the login {@code username} ({@code subject}) was made.
     *
     * @throws IllegalStateException when it was decided already
     */
    void approve(String username, String subject, Instant at) {
        requireWaiting();
        this.status = Status.APPROVED;
        this.username = username;
        this.subject = subject;
        this.decidedAt = at;
    }

    /**
     * The back office rejected it; the applicant reads {@code reason}.
     *
     * @throws IllegalStateException when it was decided already
     */
    void reject(String reason, Instant at) {
        requireWaiting();
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a rejection needs a reason");
        }
        this.status = Status.REJECTED;
        this.reason = reason;
        this.decidedAt = at;
    }

    private void requireWaiting() {
        if (status != Status.SUBMITTED) {
            throw new IllegalStateException("application " + number + " was decided already (" + status + ")");
        }
    }

    public UUID id() {
        return id;
    }

    public long number() {
        return number;
    }

    public ApplicationForm.Valid form() {
        return form;
    }

    public String accountNumber() {
        return form.accountNumber();
    }

    public String email() {
        return form.email();
    }

    public String language() {
        return language;
    }

    public String clientIp() {
        return clientIp;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Status status() {
        return status;
    }

    public @Nullable String reason() {
        return reason;
    }

    public @Nullable String username() {
        return username;
    }

    public @Nullable String subject() {
        return subject;
    }

    public @Nullable Instant decidedAt() {
        return decidedAt;
    }

    /** The accounts the application asks for: its own first, then the extra ones. */
    public List<String> allAccountNumbers() {
        var all = new java.util.ArrayList<String>();
        all.add(form.accountNumber());
        all.addAll(form.extraAccountNumbers());
        return List.copyOf(all);
    }
}
