package dev.kabinet.account.links;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Event {@code account.AccountUnlinked.v1} on topic {@code account.links}, key = account number: the login may no
 * longer work with the account (ID-9); published through the outbox in the transaction that deleted the link
 * (docs/adr/0019).
 *
 * @param subject the login's Keycloak user id; absent for a seeded demo row
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AccountUnlinkedV1(
        String accountNumber, String username, @Nullable String subject, Instant unlinkedAt) {

    public static final String TYPE = "account.AccountUnlinked.v1";

    static AccountUnlinkedV1 of(AccountLink link, Instant at) {
        return new AccountUnlinkedV1(link.accountNumber(), link.username(), link.subject(), at);
    }
}
