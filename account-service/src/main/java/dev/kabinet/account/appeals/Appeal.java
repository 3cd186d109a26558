package dev.kabinet.account.appeals;

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
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;

/**
 * A resident's appeal (обращение, AC-5; manual 004 «Обратная связь»): its type, who it goes to, the question, and
 * where it stands — sent, in progress, answered with the utility's answer. The answer comes from the back office or
 * from an operator in Kabinet; once answered it no longer changes.
 */
@Entity
@Table(name = "appeal")
public class Appeal implements Persistable<UUID> {

    @Id
    private UUID id;

    @Column(name = "account_number", nullable = false, length = 13)
    private String accountNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 20)
    private AppealType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "addressee", nullable = false, length = 20)
    private Addressee addressee;

    @Column(name = "text", nullable = false, length = 5000)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private AppealStatus status;

    @Column(name = "answer", length = 5000)
    private @Nullable String answer;

    @Column(name = "answered_at")
    private @Nullable Instant answeredAt;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Transient
    private boolean isNew;

    protected Appeal() {}

    static Appeal send(String accountNumber, AppealForm form, Instant now) {
        var appeal = new Appeal();
        appeal.id = UUID.randomUUID();
        appeal.accountNumber = Objects.requireNonNull(accountNumber);
        appeal.type = form.type();
        appeal.addressee = form.addressee();
        appeal.text = form.text();
        appeal.status = AppealStatus.SENT;
        appeal.sentAt = now;
        appeal.updatedAt = now;
        appeal.isNew = true;
        return appeal;
    }

    /** The back office took it up. @return whether it changed (not after an answer) */
    public boolean inProgress(Instant now) {
        if (!status.canBecome(AppealStatus.IN_PROGRESS)) {
            return false;
        }
        status = AppealStatus.IN_PROGRESS;
        updatedAt = now;
        return true;
    }

    /** The utility's answer. @return whether it changed (an appeal is answered once) */
    public boolean answer(String text, Instant now) {
        if (!status.canBecome(AppealStatus.ANSWERED)) {
            return false;
        }
        status = AppealStatus.ANSWERED;
        answer = Objects.requireNonNull(text);
        answeredAt = now;
        updatedAt = now;
        return true;
    }

    public UUID id() {
        return id;
    }

    public String accountNumber() {
        return accountNumber;
    }

    public AppealType type() {
        return type;
    }

    public Addressee addressee() {
        return addressee;
    }

    public String text() {
        return text;
    }

    public AppealStatus status() {
        return status;
    }

    public @Nullable String answer() {
        return answer;
    }

    public @Nullable Instant answeredAt() {
        return answeredAt;
    }

    public Instant sentAt() {
        return sentAt;
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
        isNew = false;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Appeal that && Objects.equals(id, that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return "Appeal[" + id + " of " + AccountAccess.mask(accountNumber) + ", " + status + "]";
    }
}
