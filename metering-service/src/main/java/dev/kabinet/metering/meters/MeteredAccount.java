package dev.kabinet.metering.meters;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An account as metering knows it (issue #7): the last change of {@code account.AccountChanged.v1} it applied and
 * whether the account is closed. Written only through {@link MeteredAccountRepository#advance}, which keeps the
 * sequence growing.
 */
@Entity
@Table(name = "metered_account")
public class MeteredAccount {

    @Id
    private String accountNumber;

    private long sequence;
    private boolean closed;

    protected MeteredAccount() {}

    public String accountNumber() {
        return accountNumber;
    }

    public long sequence() {
        return sequence;
    }

    public boolean closed() {
        return closed;
    }
}
