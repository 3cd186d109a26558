package dev.kabinet.gateway.login;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Who is logged in, for the web client. {@code GET /bff/session} answers anyone with 200 — {@code
 * {"authenticated":false}} for a visitor — so the landing page learns the session state without an error response (a
 * 401 would be logged in the browser's console on every visit). {@code GET /bff/me} needs a login: anonymous callers
 * get a 401 problem from the security chain.
 */
@RestController
class MeController {

    private final CurrentAccounts currentAccounts;

    MeController(CurrentAccounts currentAccounts) {
        this.currentAccounts = currentAccounts;
    }

    /** The accounts from the session's current access token (renewed after a link change, ADR 0019). */
    @GetMapping("/bff/me")
    Mono<Me> me(@AuthenticationPrincipal OAuth2User user, Authentication authentication, ServerWebExchange exchange) {
        var login = Me.of(user);
        return currentAccounts
                .of(authentication, exchange)
                .map(accounts -> new Me(login.username(), login.name(), accounts))
                .defaultIfEmpty(login);
    }

    @GetMapping("/bff/session")
    Mono<SessionState> session(
            @AuthenticationPrincipal @Nullable OAuth2User user,
            @Nullable Authentication authentication,
            ServerWebExchange exchange) {
        if (user == null || authentication == null) {
            return Mono.just(SessionState.ANONYMOUS);
        }
        return me(user, authentication, exchange).map(SessionState::of);
    }
}
