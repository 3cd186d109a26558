package dev.kabinet.gateway.login;

import java.util.Collection;
import java.util.List;
import org.springframework.security.oauth2.core.user.OAuth2User;

/**
 * Who is logged in, as the web client needs it ({@code GET /bff/me}); no token ever leaves the gateway.
 *
 * @param username Keycloak login name ({@code preferred_username})
 * @param name display name ({@code name}, else given and family name, else the username)
 * @param accounts account numbers linked to the resident ({@code accounts} claim)
 */
record Me(String username, String name, List<String> accounts) {

    static Me of(OAuth2User user) {
        String username = text(user.getAttribute("preferred_username"), user.getName());
        String given = text(user.getAttribute("given_name"), "");
        String family = text(user.getAttribute("family_name"), "");
        String fullName = (given + " " + family).strip();
        String name = text(user.getAttribute("name"), fullName.isEmpty() ? username : fullName);
        return new Me(username, name, accounts(user.getAttribute("accounts")));
    }

    private static List<String> accounts(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).sorted().toList();
        }
        if (claim instanceof String single && !single.isBlank()) {
            return List.of(single);
        }
        return List.of();
    }

    private static String text(Object value, String fallback) {
        return value instanceof String s && !s.isBlank() ? s : fallback;
    }
}
