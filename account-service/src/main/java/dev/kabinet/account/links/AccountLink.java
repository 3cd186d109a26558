package dev.kabinet.account.links;

import dev.kabinet.platform.security.AccountAccess;
import dev.kabinet.platform.security.AccountNumber;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * This service's own record that a login may work with an account (ID-1, ID-9): the one source of truth for links
 * (ADR 0011). The token's {@code accounts} claim still decides access at request time until every service reads a
 * projection of the links; identity-service writes both when a resident registers (ADR 0015).
 * Keyed by username for now: the demo realm's users have no fixed Keycloak ids to seed against.
 */
@Entity
@Table(name = "account_link")
public class AccountLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "username", nullable = false)
    private String username;

    @Column(name = "account_number", nullable = false, length = 13)
    private String accountNumber;

    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt;

    @Column(name = "subject", length = 36)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(name = "how", nullable = false, length = 20)
    private LinkProof how = LinkProof.DEMO;

    protected AccountLink() {}

    private AccountLink(String username, String accountNumber, Instant linkedAt) {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("username must not be blank");
        }
        this.username = username;
        if (!AccountNumber.isValid(accountNumber)) {
            throw new IllegalArgumentException("Not an account number");
        }
        this.accountNumber = accountNumber;
        this.linkedAt = Objects.requireNonNull(linkedAt, "linkedAt");
    }

    public static AccountLink between(String username, String accountNumber, Instant linkedAt) {
        return new AccountLink(username, accountNumber, linkedAt);
    }

    /** A link the resident earned by proving ownership ({@code how}); {@code subject} is their Keycloak user id. */
    public static AccountLink proven(
            String username, String subject, String accountNumber, LinkProof how, Instant linkedAt) {
        var link = new AccountLink(username, accountNumber, linkedAt);
        link.subject = Objects.requireNonNull(subject, "subject");
        link.how = Objects.requireNonNull(how, "how");
        return link;
    }

    /** The Keycloak user id; null for the demo rows seeded by username. */
    public String subject() {
        return subject;
    }

    public LinkProof how() {
        return how;
    }

    public String username() {
        return username;
    }

    public String accountNumber() {
        return accountNumber;
    }

    public Instant linkedAt() {
        return linkedAt;
    }

    @Override
    public String toString() {
        return "AccountLink[" + AccountAccess.mask(accountNumber) + "]";
    }
}
