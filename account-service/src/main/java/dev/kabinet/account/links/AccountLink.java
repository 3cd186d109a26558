package dev.kabinet.account.links;

import dev.kabinet.platform.security.AccountAccess;
import dev.kabinet.platform.security.AccountNumber;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * This service's own record that a login may work with an account (ID-9). The token's {@code accounts} claim decides
 * access at request time; this record is what the utility sees and what linking and unlinking (ID-9) will change.
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
