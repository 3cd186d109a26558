package dev.kabinet.gateway.login;

import java.time.Duration;
import java.util.UUID;
import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.DefaultCsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRepository;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The CSRF token lives in the resident's WebSession: the gateway issued it for this session and only this session's
 * value is ever compared with what a request carries. The {@code XSRF-TOKEN} cookie is merely a copy written from the
 * session for the web client to read (it sends the value back in {@code X-XSRF-TOKEN}); a cookie the browser sends is
 * never trusted, so a pair planted by someone else (sibling subdomain, plain HTTP) matches nothing.
 */
final class SessionCsrfTokenRepository implements ServerCsrfTokenRepository {

    static final String COOKIE = "XSRF-TOKEN";
    static final String HEADER = "X-XSRF-TOKEN";
    static final String PARAMETER = "_csrf";
    private static final String ATTRIBUTE = SessionCsrfTokenRepository.class.getName() + ".TOKEN";

    private final boolean secureCookies;

    SessionCsrfTokenRepository(boolean secureCookies) {
        this.secureCookies = secureCookies;
    }

    @Override
    public Mono<CsrfToken> generateToken(ServerWebExchange exchange) {
        return Mono.fromCallable(
                () -> new DefaultCsrfToken(HEADER, PARAMETER, UUID.randomUUID().toString()));
    }

    @Override
    public Mono<Void> saveToken(ServerWebExchange exchange, CsrfToken token) {
        return exchange.getSession()
                .doOnNext(session -> {
                    if (token == null) {
                        session.getAttributes().remove(ATTRIBUTE);
                    } else {
                        session.getAttributes().put(ATTRIBUTE, token.getToken());
                    }
                    writeCookie(exchange, token == null ? null : token.getToken());
                })
                .then();
    }

    @Override
    public Mono<CsrfToken> loadToken(ServerWebExchange exchange) {
        return exchange.getSession()
                .mapNotNull(session -> session.<String>getAttribute(ATTRIBUTE))
                .map(value -> new DefaultCsrfToken(HEADER, PARAMETER, value));
    }

    /** Makes the browser's {@code XSRF-TOKEN} cookie a copy of the session's token, unless it already is. */
    void copyToCookie(ServerWebExchange exchange, CsrfToken token) {
        HttpCookie sent = exchange.getRequest().getCookies().getFirst(COOKIE);
        if (sent == null || !sent.getValue().equals(token.getToken())) {
            writeCookie(exchange, token.getToken());
        }
    }

    private void writeCookie(ServerWebExchange exchange, String value) {
        if (exchange.getResponse().isCommitted()) {
            return;
        }
        var cookie = ResponseCookie.from(COOKIE, value == null ? "" : value)
                .path("/")
                .sameSite("Lax")
                .secure(secureCookies)
                .httpOnly(false);
        if (value == null) {
            cookie.maxAge(Duration.ZERO);
        }
        exchange.getResponse().getCookies().set(COOKIE, cookie.build());
    }
}
