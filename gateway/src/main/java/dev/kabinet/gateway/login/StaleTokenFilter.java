package dev.kabinet.gateway.login;

import java.time.Instant;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;
import reactor.core.publisher.Mono;

/**
 * A service says, with the response header {@value #HEADER}, that the caller's access token no longer tells the truth
 * about them (identity-service after a link or unlink: the token's {@code accounts} claim changed; ADR 0019). Before
 * the response leaves, the gateway removes the header and marks the session's access token as expired, so the very
 * next call ({@code TokenRelay}, {@code /bff/me}) renews it with the refresh token — Keycloak's protocol mapper then
 * reads the new {@code accounts} attribute — and the resident never logs in again. The header never reaches the
 * browser.
 */
@Component
class StaleTokenFilter implements GlobalFilter, Ordered {

    static final String HEADER = "Kabinet-Token-Stale";

    private final ServerOAuth2AuthorizedClientRepository clients;

    StaleTokenFilter(ServerOAuth2AuthorizedClientRepository clients) {
        this.clients = clients;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        exchange.getResponse().beforeCommit(() -> {
            var headers = exchange.getResponse().getHeaders();
            if (headers.getFirst(HEADER) == null) {
                return Mono.empty();
            }
            headers.remove(HEADER);
            return expireAccessToken(exchange);
        });
        return chain.filter(exchange);
    }

    private Mono<Void> expireAccessToken(ServerWebExchange exchange) {
        return exchange.getPrincipal()
                .filter(OAuth2AuthenticationToken.class::isInstance)
                .cast(OAuth2AuthenticationToken.class)
                .flatMap(login -> clients.<OAuth2AuthorizedClient>loadAuthorizedClient(
                                login.getAuthorizedClientRegistrationId(), login, exchange)
                        .flatMap(client -> clients.saveAuthorizedClient(expired(client), login, exchange)))
                // the session manager may have saved the session already: save it again with the expired token
                .then(exchange.getSession().flatMap(WebSession::save));
    }

    /** The same client with an access token that expired a while ago (beyond the 60 s clock skew of the refresh). */
    static OAuth2AuthorizedClient expired(OAuth2AuthorizedClient client) {
        var token = client.getAccessToken();
        var now = Instant.now();
        var stale = new OAuth2AccessToken(
                token.getTokenType(),
                token.getTokenValue(),
                now.minusSeconds(600),
                now.minusSeconds(300),
                token.getScopes());
        return new OAuth2AuthorizedClient(
                client.getClientRegistration(), client.getPrincipalName(), stale, client.getRefreshToken());
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
