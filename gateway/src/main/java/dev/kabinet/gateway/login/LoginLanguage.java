package dev.kabinet.gateway.login;

import java.util.Set;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/**
 * Keycloak's login page in the language the resident chose in the web client (UX-4): {@code
 * /oauth2/authorization/keycloak?lang=en} sends {@code ui_locales=en} with the authorization request (OpenID Connect
 * Core 1.0 §3.1.2.1). A language the realm does not offer, or none, adds nothing: Keycloak then follows the browser's
 * {@code Accept-Language} and the realm's default (ru).
 */
final class LoginLanguage implements ServerOAuth2AuthorizationRequestResolver {

    /** The realm's supported locales (local-stack/keycloak/realm-kabinet.json). */
    static final Set<String> LANGUAGES = Set.of("ru", "en");

    private final ServerOAuth2AuthorizationRequestResolver resolver;

    LoginLanguage(ServerOAuth2AuthorizationRequestResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public Mono<OAuth2AuthorizationRequest> resolve(ServerWebExchange exchange) {
        return resolver.resolve(exchange).map(request -> withLanguage(request, exchange));
    }

    @Override
    public Mono<OAuth2AuthorizationRequest> resolve(ServerWebExchange exchange, String clientRegistrationId) {
        return resolver.resolve(exchange, clientRegistrationId).map(request -> withLanguage(request, exchange));
    }

    private static OAuth2AuthorizationRequest withLanguage(
            OAuth2AuthorizationRequest request, ServerWebExchange exchange) {
        String lang = exchange.getRequest().getQueryParams().getFirst("lang");
        if (lang == null || !LANGUAGES.contains(lang)) {
            return request;
        }
        String uri = UriComponentsBuilder.fromUriString(request.getAuthorizationRequestUri())
                .queryParam("ui_locales", lang)
                .build(true)
                .toUriString();
        return OAuth2AuthorizationRequest.from(request)
                .additionalParameters(parameters -> parameters.put("ui_locales", lang))
                .authorizationRequestUri(uri)
                .build();
    }
}
