package dev.kabinet.gateway.login;

import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The web client reads the raw token from the {@code XSRF-TOKEN} cookie and sends it back in the
 * {@code X-XSRF-TOKEN} header (API calls) or the {@code _csrf} form field (the logout form). Nothing renders the
 * token into a page, so there is no BREACH exposure to mask against and the raw value is compared — with the token
 * kept in the resident's session ({@link SessionCsrfTokenRepository}), never with a cookie.
 *
 * <p>On a proxied route ({@code /api/**}) the token comes only from the header: the request body belongs to the
 * service, and reading it here for a {@code _csrf} field (Spring Security's default when the header is missing)
 * consumed it, so the service got the request's {@code Content-Length} with no body and waited for it until the
 * gateway's response timeout (504 after 10 s, #5). A form-encoded {@code /api} write without the header is refused
 * at once ({@code csrf-rejected}). The gateway's own form endpoints ({@code POST /logout}) still take the form
 * field; multipart bodies are never read for it (Spring Security's default).
 */
class SpaCsrfTokenRequestHandler extends ServerCsrfTokenRequestAttributeHandler {

    /** The prefix of every route the gateway proxies to a service ({@code ServiceRoutes}). */
    static final String PROXIED = "/api/";

    @Override
    public Mono<String> resolveCsrfTokenValue(ServerWebExchange exchange, CsrfToken csrfToken) {
        String header = exchange.getRequest().getHeaders().getFirst(csrfToken.getHeaderName());
        if (header != null) {
            return Mono.just(header);
        }
        if (proxied(exchange)) {
            return Mono.empty();
        }
        return super.resolveCsrfTokenValue(exchange, csrfToken);
    }

    static boolean proxied(ServerWebExchange exchange) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        return path.equals("/api") || path.startsWith(PROXIED);
    }
}
