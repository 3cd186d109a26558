package dev.kabinet.gateway.login;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;

/**
 * Spring Security loads the CSRF token lazily and nothing on a page load asks for it. Subscribing here (after the
 * security chain) gives every response of a resident's session the {@code XSRF-TOKEN} cookie, written from the
 * token kept in the session ({@link SessionCsrfTokenRepository}); a cookie that differs (planted, or left from an
 * earlier session) is overwritten. Anonymous visitors without a session get no token, so a page load creates no
 * session.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 100)
class CsrfCookieWebFilter implements WebFilter {

    private final SessionCsrfTokenRepository tokens;

    CsrfCookieWebFilter(SessionCsrfTokenRepository tokens) {
        this.tokens = tokens;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
        if (token == null) {
            return chain.filter(exchange);
        }
        return residentsSession(exchange)
                .filter(Boolean::booleanValue)
                .flatMap(yes -> token.doOnNext(t -> tokens.copyToCookie(exchange, t)))
                .then(chain.filter(exchange));
    }

    private static Mono<Boolean> residentsSession(ServerWebExchange exchange) {
        Mono<Boolean> loggedIn = exchange.getPrincipal()
                .map(principal -> principal instanceof Authentication a && a.isAuthenticated())
                .defaultIfEmpty(false);
        return exchange.getSession()
                .map(WebSession::isStarted)
                .flatMap(started -> started ? Mono.just(true) : loggedIn);
    }
}
