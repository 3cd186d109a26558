package dev.kabinet.gateway.login;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The answer of {@code GET /bff/session}: {@code {"authenticated":false}} for a visitor, otherwise {@code
 * authenticated: true} and the fields of {@link Me}. No token ever leaves the gateway.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SessionState(
        boolean authenticated,
        @Nullable String username,
        @Nullable String name,
        @Nullable List<String> accounts) {

    static final SessionState ANONYMOUS = new SessionState(false, null, null, null);

    static SessionState of(Me me) {
        return new SessionState(true, me.username(), me.name(), me.accounts());
    }
}
