package dev.kabinet.gateway.login;

import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The web client reads the raw token from the {@code XSRF-TOKEN} cookie and sends it back in the
 * {@code X-XSRF-TOKEN} header (API calls) or the {@code _csrf} form field (the logout form). Nothing renders the
 * token into a page, so there is no BREACH exposure to mask against and the raw value is compared — with the token
 * kept in the resident's session ({@link SessionCsrfTokenRepository}), never with a cookie. The header is read first,
 * so a JSON request body is never consumed looking for a form field.
 */
class SpaCsrfTokenRequestHandler extends ServerCsrfTokenRequestAttributeHandler {

    @Override
    public Mono<String> resolveCsrfTokenValue(ServerWebExchange exchange, CsrfToken csrfToken) {
        String header = exchange.getRequest().getHeaders().getFirst(csrfToken.getHeaderName());
        return header != null ? Mono.just(header) : super.resolveCsrfTokenValue(exchange, csrfToken);
    }
}
