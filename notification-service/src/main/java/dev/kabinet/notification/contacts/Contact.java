package dev.kabinet.notification.contacts;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * How an account's owner is reached: a local projection of the account's contact details and informing preference.
 * Seeded for the demo now; later fed by account-service's events.
 */
@Table("contact")
public class Contact {

    @Id
    private final String accountNumber;

    private final @Nullable String email;
    private final boolean emailInforming;

    @PersistenceCreator
    Contact(String accountNumber, @Nullable String email, boolean emailInforming) {
        this.accountNumber = accountNumber;
        this.email = email;
        this.emailInforming = emailInforming;
    }

    /** Whether the owner is to be told by e-mail: an address, and they have not opted out. */
    public boolean wantsEmail() {
        return emailInforming && email != null && !email.isBlank();
    }

    public String accountNumber() {
        return accountNumber;
    }

    public @Nullable String email() {
        return email;
    }
}
