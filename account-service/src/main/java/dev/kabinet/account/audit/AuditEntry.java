package dev.kabinet.account.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * One change someone made through the API (AC-3, AC-5): who ({@link #actor()}, the login, and their role), when,
 * what they did ({@link #action()}, e.g. {@code preferences.changed}) to which record ({@link #target()}, e.g. the
 * account number) and the names of the fields that changed. Never the values: those are personal data.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    /** Whose change. */
    public enum Role {
        RESIDENT,
        OPERATOR
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_role", nullable = false, length = 20)
    private Role actorRole;

    @Column(name = "action", nullable = false, length = 60)
    private String action;

    @Column(name = "target", nullable = false, length = 60)
    private String target;

    @Column(name = "fields", nullable = false, length = 500)
    private String fields;

    protected AuditEntry() {}

    AuditEntry(Instant occurredAt, String actor, Role actorRole, String action, String target, List<String> fields) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.actorRole = actorRole;
        this.action = action;
        this.target = target;
        this.fields = String.join(",", fields);
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public Role actorRole() {
        return actorRole;
    }

    public String action() {
        return action;
    }

    public String target() {
        return target;
    }

    /** The names of the fields that changed, in the order the change lists them. */
    public List<String> fields() {
        return fields.isEmpty() ? List.of() : List.of(fields.split(","));
    }
}
