package dev.kabinet.gateway.login;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The resident's linked accounts as the session's CURRENT access token carries them ({@code accounts} claim), renewed
 * first when it expired or a service marked it stale ({@link StaleTokenFilter}). The login's ID token is read at login
 * only and would show a link made since then only after logging in again (ADR 0019). The token came straight from
 * Keycloak over the back channel, so its payload is read without checking the signature again; it never leaves the
 * gateway. Empty when there is no such token (then {@code /bff/me} falls back to the login's claims).
 */
@Component
class CurrentAccounts {

    private static final Logger log = LoggerFactory.getLogger(CurrentAccounts.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ReactiveOAuth2AuthorizedClientManager clients;

    CurrentAccounts(ReactiveOAuth2AuthorizedClientManager clients) {
        this.clients = clients;
    }

    Mono<List<String>> of(Authentication authentication, ServerWebExchange exchange) {
        if (!(authentication instanceof OAuth2AuthenticationToken login)) {
            return Mono.empty();
        }
        var request = OAuth2AuthorizeRequest.withClientRegistrationId(login.getAuthorizedClientRegistrationId())
                .principal(login)
                .attribute(ServerWebExchange.class.getName(), exchange)
                .build();
        return clients.authorize(request)
                .mapNotNull(client -> accounts(client.getAccessToken().getTokenValue()))
                .onErrorResume(e -> {
                    log.info(
                            "Could not renew the session's access token: {}",
                            e.getClass().getSimpleName());
                    return Mono.empty();
                });
    }

    /** The {@code accounts} claim of a JWT, sorted; null when it is no JWT (an opaque token carries none). */
    static List<String> accounts(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length != 3) {
            return null;
        }
        try {
            JsonNode claims =
                    JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
            JsonNode accounts = claims.path("accounts");
            if (accounts.isArray()) {
                return accounts.valueStream().map(JsonNode::asString).sorted().toList();
            }
            if (accounts.isString() && !accounts.asString().isBlank()) {
                return List.of(accounts.asString());
            }
            return List.of();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
