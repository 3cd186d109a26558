package dev.kabinet.identity.accounts;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The port to account-service's records of accounts and links (ID-1, ADR 0015): whether someone owns an account, and
 * recording the link once they registered. Implemented over HTTP by {@link AccountServiceClient}.
 */
public interface AccountOwnership {

    /** account-service's verdict; it never carries owner data. */
    enum Outcome {
        MATCH,
        METER_NEEDED,
        NO_MATCH,
        CLOSED,
        ALREADY_REGISTERED
    }

    /**
     * @param accountNumber digits only
     * @throws AccountServiceUnavailable when account-service does not answer in time, fails or the breaker is open
     */
    Outcome check(String accountNumber, String surname, @Nullable String meterSerialNumber);

    /**
     * Records that {@code username} (Keycloak user {@code subject}) may work with the account; account-service checks
     * ownership again in the same transaction. Repeating it for the same login and account is harmless.
     *
     * @throws LinkRefused when account-service refuses (not proven any more, or the account got registered meanwhile)
     * @throws TooManyAccounts when the login already has the utility's maximum of accounts (ID-9)
     * @throws AccountServiceUnavailable as above
     */
    void link(
            String username, String subject, String accountNumber, String surname, @Nullable String meterSerialNumber);

    /**
     * ID-3: whether {@code phone} (E.164) is the account's phone on record; a missing account answers
     * {@link Outcome#NO_MATCH} like another phone. Never {@link Outcome#METER_NEEDED}.
     */
    Outcome checkPhone(String accountNumber, String phone);

    /**
     * ID-3, ID-9: records the link once the phone was confirmed by SMS code; account-service checks the phone again.
     *
     * @throws LinkRefused, TooManyAccounts, AccountServiceUnavailable as for {@link #link}
     */
    void linkByPhone(String username, String subject, String accountNumber, String phone);

    /** ID-9: the login's links, oldest first, as account-service (the one source of truth, ADR 0019) has them now. */
    List<LinkedAccount> links(String username);

    /**
     * ID-9: ends the login's link to the account (account-service publishes {@code account.AccountUnlinked.v1}).
     *
     * @throws LinkNotFound when the login has no such link, however that came about
     * @throws AccountServiceUnavailable as above
     */
    void unlink(String username, String accountNumber);
}
