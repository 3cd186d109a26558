package dev.kabinet.account.links;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Event {@code account.AccountLinked.v1} on topic {@code account.links}, key = account number: from now on the login
 * may work with the account (ID-1, ID-3, ID-9). Published through the outbox in the transaction that inserted the
 * {@code account_link} row, which stays the one source of truth (docs/adr/0019).
 *
 * @param subject the login's Keycloak user id (absent only for seeded demo rows, which are never published)
 * @param how how ownership was proven
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AccountLinkedV1(
        String accountNumber, String username, @Nullable String subject, LinkProof how, Instant linkedAt) {

    public static final String TYPE = "account.AccountLinked.v1";
    public static final String TOPIC = "account.links";

    static AccountLinkedV1 of(AccountLink link) {
        return new AccountLinkedV1(link.accountNumber(), link.username(), link.subject(), link.how(), link.linkedAt());
    }
}
