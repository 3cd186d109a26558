package dev.kabinet.gateway.login;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Spring Security loads the CSRF token lazily: the {@code XSRF-TOKEN} cookie is only written when someone subscribes
 * to it, and nothing on a page load does. Subscribing here (after the security chain) makes every response that
 * passed security carry the cookie when the browser lacks it, so the web client can send the token back.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 100)
class CsrfCookieWebFilter implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
        return token == null ? chain.filter(exchange) : token.then(chain.filter(exchange));
    }
}
