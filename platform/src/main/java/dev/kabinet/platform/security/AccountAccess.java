package dev.kabinet.platform.security;

import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Each service decides, itself, whether the caller may touch an account: a resident only the accounts linked to
 * their login (the {@code accounts} claim Keycloak puts into the token), an operator any account. The gateway's
 * view of the session is never trusted for this.
 */
public class AccountAccess {

    public static final String ACCOUNTS_CLAIM = "accounts";
    public static final String OPERATOR_AUTHORITY = "ROLE_operator";

    private static final Logger log = LoggerFactory.getLogger(AccountAccess.class);

    /** Throws {@link AccountAccessDenied} unless the current caller may work with {@code accountNumber}. */
    public void check(String accountNumber) {
        var caller = SecurityContextHolder.getContext().getAuthentication();
        if (!permits(caller, accountNumber)) {
            log.warn("Account access refused for subject {} on account {}", subject(caller), mask(accountNumber));
            throw new AccountAccessDenied();
        }
    }

    public boolean permits(Authentication caller, String accountNumber) {
        if (caller == null || !caller.isAuthenticated()) {
            return false;
        }
        if (isOperator(caller)) {
            return true;
        }
        return linkedAccounts(caller).contains(accountNumber);
    }

    public boolean isOperator(Authentication caller) {
        return caller.getAuthorities().stream().anyMatch(a -> OPERATOR_AUTHORITY.equals(a.getAuthority()));
    }

    /** The account numbers linked to the caller's login, as the identity provider signed them. */
    public List<String> linkedAccounts(Authentication caller) {
        if (caller instanceof JwtAuthenticationToken token) {
            return claimAsList(token.getToken());
        }
        return List.of();
    }

    public List<String> currentLinkedAccounts() {
        return linkedAccounts(SecurityContextHolder.getContext().getAuthentication());
    }

    static List<String> claimAsList(Jwt jwt) {
        Object value = jwt.getClaims().get(ACCOUNTS_CLAIM);
        if (value instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        if (value instanceof String single && !single.isBlank()) {
            return List.of(single);
        }
        return List.of();
    }

    private static String subject(Authentication caller) {
        return caller instanceof JwtAuthenticationToken token ? token.getToken().getSubject() : "anonymous";
    }

    /** Account numbers identify a household: logs keep only the first two and last two digits. */
    public static String mask(String accountNumber) {
        if (accountNumber == null || accountNumber.length() <= 4) {
            return "****";
        }
        return accountNumber.substring(0, 2)
                + "*".repeat(accountNumber.length() - 4)
                + accountNumber.substring(accountNumber.length() - 2);
    }
}
