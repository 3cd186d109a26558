package dev.kabinet.account.visits;

import dev.kabinet.platform.security.AccountAccess;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;

/**
 * A resident's request for a specialist visit (AC-4; manual 003 «Вызов специалиста»): why, which meter (optional),
 * which days suit them, how to reach them. The utility answers through the back office: accepted with a time slot,
 * done, or cancelled with a reason ({@link VisitStatus}). An update that does not fit the status (done twice, accepted
 * after done) changes nothing.
 */
@Entity
@Table(name = "visit_request")
public class VisitRequest implements Persistable<UUID> {

    @Id
    private UUID id;

    @Column(name = "account_number", nullable = false, length = 13)
    private String accountNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", nullable = false, length = 20)
    private VisitReason reason;

    @Column(name = "meter_serial", length = 40)
    private @Nullable String meterSerial;

    @Column(name = "preferred_from", nullable = false)
    private LocalDate preferredFrom;

    @Column(name = "preferred_to", nullable = false)
    private LocalDate preferredTo;

    @Column(name = "contact_phone", nullable = false, length = 16)
    private String contactPhone;

    @Column(name = "comment", length = 1000)
    private @Nullable String comment;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private VisitStatus status;

    @Column(name = "slot_start")
    private @Nullable Instant slotStart;

    @Column(name = "slot_end")
    private @Nullable Instant slotEnd;

    @Column(name = "cancel_reason", length = 500)
    private @Nullable String cancelReason;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Transient
    private boolean isNew;

    protected VisitRequest() {}

    /** A new request, {@link VisitStatus#SENT}; the form was checked by {@link VisitRequestForm}. */
    public static VisitRequest send(String accountNumber, VisitRequestForm form, Instant now) {
        var request = new VisitRequest();
        request.id = UUID.randomUUID();
        request.accountNumber = Objects.requireNonNull(accountNumber);
        request.reason = form.reason();
        request.meterSerial = form.meterSerial();
        request.preferredFrom = form.preferredFrom();
        request.preferredTo = form.preferredTo();
        request.contactPhone = form.contactPhone();
        request.comment = form.comment();
        request.status = VisitStatus.SENT;
        request.requestedAt = now;
        request.updatedAt = now;
        request.isNew = true;
        return request;
    }

    /**
     * The back office's update. {@code ACCEPTED} needs a slot ({@code slotStart} before {@code slotEnd}); {@code
     * CANCELLED} may carry a reason.
     *
     * @return whether it changed the request (false for an update that does not fit the status)
     * @throws IllegalArgumentException when an acceptance has no valid slot
     */
    public boolean update(
            VisitStatus next,
            @Nullable Instant slotStart,
            @Nullable Instant slotEnd,
            @Nullable String cancelReason,
            Instant now) {
        if (!status.canBecome(next)) {
            return false;
        }
        if (next == VisitStatus.ACCEPTED) {
            if (slotStart == null || slotEnd == null || !slotStart.isBefore(slotEnd)) {
                throw new IllegalArgumentException("An acceptance needs a time slot");
            }
            this.slotStart = slotStart;
            this.slotEnd = slotEnd;
        }
        if (next == VisitStatus.CANCELLED) {
            this.cancelReason = cancelReason;
        }
        this.status = next;
        this.updatedAt = now;
        return true;
    }

    public UUID id() {
        return id;
    }

    public String accountNumber() {
        return accountNumber;
    }

    public VisitReason reason() {
        return reason;
    }

    public @Nullable String meterSerial() {
        return meterSerial;
    }

    public LocalDate preferredFrom() {
        return preferredFrom;
    }

    public LocalDate preferredTo() {
        return preferredTo;
    }

    /** E.164. */
    public String contactPhone() {
        return contactPhone;
    }

    public @Nullable String comment() {
        return comment;
    }

    public VisitStatus status() {
        return status;
    }

    public @Nullable Instant slotStart() {
        return slotStart;
    }

    public @Nullable Instant slotEnd() {
        return slotEnd;
    }

    public @Nullable String cancelReason() {
        return cancelReason;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    @PostLoad
    @PostPersist
    void stored() {
        this.isNew = false;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VisitRequest that && Objects.equals(id, that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return "VisitRequest[" + id + " of " + AccountAccess.mask(accountNumber) + ", " + status + "]";
    }
}
