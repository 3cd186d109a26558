package dev.kabinet.gateway.login;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.oidc.authentication.logout.OidcLogoutToken;
import org.springframework.security.oauth2.client.oidc.server.session.ReactiveOidcSessionRegistry;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.logout.ServerLogoutHandler;
import org.springframework.session.ReactiveSessionRepository;
import reactor.core.publisher.Mono;

/**
 * OpenID Connect Back-Channel Logout 1.0 at the gateway: Keycloak posts a signed logout token to
 * {@code /logout/connect/back-channel/keycloak} when a resident's Keycloak session ends (admin sign-out, "log out
 * everywhere", a disabled user, a password change); Spring Security checks the token (signature, issuer, audience,
 * the back-channel event) and hands it here. Every gateway session of that Keycloak session ({@code sid}, else of
 * that user) is deleted from the shared session store at once, so the next {@code /bff/me} or {@code /api} call with
 * its cookie, on any instance, is anonymous and gets the 401 problem.
 *
 * <p>Spring Security's own handler instead calls {@code /logout} of the receiving instance over HTTP with each
 * session's cookie and CSRF token; deleting the session in the store needs neither, nor the instance's own address.
 */
final class BackChannelSessionLogout implements ServerLogoutHandler {

    private static final Logger log = LoggerFactory.getLogger(BackChannelSessionLogout.class);

    private final ReactiveOidcSessionRegistry registry;
    private final ReactiveSessionRepository<?> sessions;

    BackChannelSessionLogout(ReactiveOidcSessionRegistry registry, ReactiveSessionRepository<?> sessions) {
        this.registry = registry;
        this.sessions = sessions;
    }

    @Override
    public Mono<Void> logout(WebFilterExchange exchange, Authentication authentication) {
        if (!(authentication.getPrincipal() instanceof OidcLogoutToken token)) {
            return Mono.empty();
        }
        return registry.removeSessionInformation(token)
                .concatMap(info -> sessions.deleteById(info.getSessionId()).thenReturn(info))
                .count()
                .doOnNext(
                        ended -> log.info("Back-channel logout from the identity provider ended {} session(s)", ended))
                .then();
    }
}
