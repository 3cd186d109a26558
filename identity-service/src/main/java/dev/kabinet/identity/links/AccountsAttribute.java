package dev.kabinet.identity.links;

import java.util.List;

/**
 * The Keycloak user attribute {@code accounts}, which the realm's protocol mapper copies into every token's
 * {@code accounts} claim (ADR 0001) and every service's {@code AccountAccess} authorises from. It is a copy of
 * account-service's links (the source of truth), rewritten whole after each change (ADR 0019).
 */
public interface AccountsAttribute {

    /**
     * Sets the user's {@code accounts} attribute to exactly {@code accountNumbers} (none removes it).
     *
     * @throws dev.kabinet.identity.profiles.IdentityProviderUnavailable when Keycloak fails
     */
    void replace(String subject, List<String> accountNumbers);
}
