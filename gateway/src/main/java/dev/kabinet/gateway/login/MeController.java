package dev.kabinet.gateway.login;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who is logged in, for the web client. {@code GET /bff/session} answers anyone with 200 — {@code
 * {"authenticated":false}} for a visitor — so the landing page learns the session state without an error response (a
 * 401 would be logged in the browser's console on every visit). {@code GET /bff/me} needs a login: anonymous callers
 * get a 401 problem from the security chain.
 */
@RestController
class MeController {

    @GetMapping("/bff/me")
    Me me(@AuthenticationPrincipal OAuth2User user) {
        return Me.of(user);
    }

    @GetMapping("/bff/session")
    SessionState session(@AuthenticationPrincipal @Nullable OAuth2User user) {
        return user == null ? SessionState.ANONYMOUS : SessionState.of(Me.of(user));
    }
}
