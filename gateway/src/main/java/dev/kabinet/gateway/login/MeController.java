package dev.kabinet.gateway.login;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /bff/me}: the logged-in resident; anonymous callers get a 401 problem from the security chain. */
@RestController
class MeController {

    @GetMapping("/bff/me")
    Me me(@AuthenticationPrincipal OAuth2User user) {
        return Me.of(user);
    }
}
