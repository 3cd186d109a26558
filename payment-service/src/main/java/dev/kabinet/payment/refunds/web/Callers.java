package dev.kabinet.payment.refunds.web;

import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.jwt.Jwt;

/** Who called, for the record: the Keycloak login ({@code preferred_username}), else the token's subject. */
final class Callers {

    private Callers() {}

    static String name(@Nullable Jwt caller) {
        if (caller == null) {
            return "unknown";
        }
        String login = caller.getClaimAsString("preferred_username");
        String name = login != null && !login.isBlank() ? login : caller.getSubject();
        return name == null ? "unknown" : name.length() > 100 ? name.substring(0, 100) : name;
    }
}
