package dev.kabinet.gateway.login;

import dev.kabinet.gateway.system.GatewayProperties;
import dev.kabinet.gateway.system.Problems;
import dev.kabinet.gateway.system.SecurityHeaders;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.oidc.server.session.ReactiveOidcSessionRegistry;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.server.DefaultServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint.DelegateEntry;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authentication.logout.WebSessionServerLogoutHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.security.web.server.savedrequest.WebSessionServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.session.ReactiveSessionRepository;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.session.CookieWebSessionIdResolver;
import org.springframework.web.server.session.WebSessionIdResolver;
import reactor.core.publisher.Mono;

/**
 * The BFF login: authorization code with PKCE against Keycloak, tokens kept in the gateway's WebSession (the
 * browser only holds the HttpOnly {@code KABINET_SESSION} cookie), several login starts pending at once
 * ({@link PendingAuthorizationRequests}), a CSRF token bound to the session and copied into a script-readable
 * {@code XSRF-TOKEN} cookie ({@link SessionCsrfTokenRepository}), logout that also ends the Keycloak session,
 * back-channel logout (a session ended at Keycloak ends the gateway session: {@link BackChannelSessionLogout}), and
 * the security headers. The WebSession itself lives in Redis (Spring Session), shared by every gateway instance.
 *
 * <p>Pages are public (the web client shows a landing page); {@code /api/**} and {@code /bff/**} need a login and
 * answer 401 problem details instead of redirecting, so the web client's XHRs can tell.
 */
@Configuration(proxyBeanMethods = false)
class LoginSecurityConfiguration {

    static final String LOGIN_PATH = "/oauth2/authorization/keycloak";
    static final String SESSION_COOKIE = "KABINET_SESSION";

    @Bean
    SecurityWebFilterChain securityWebFilterChain(
            ServerHttpSecurity http,
            ReactiveClientRegistrationRepository clients,
            GatewayProperties properties,
            Problems problems,
            SessionCsrfTokenRepository csrfTokens,
            ReactiveOidcSessionRegistry oidcSessions,
            ReactiveSessionRepository<?> sessions) {
        http.authorizeExchange(exchanges -> exchanges
                .pathMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus")
                .permitAll()
                .pathMatchers("/actuator/**")
                .denyAll()
                .pathMatchers(HttpMethod.GET, "/api/*/v3/api-docs")
                .permitAll()
                // answers a visitor too ({"authenticated":false}): the landing page asks without an error response
                .pathMatchers(HttpMethod.GET, "/bff/session")
                .permitAll()
                // a visitor registers (ID-1): the form and its captcha (PublicApi)
                .matchers(PublicApi.paths())
                .permitAll()
                .pathMatchers("/api/**", "/bff/**")
                .authenticated()
                .anyExchange()
                .permitAll());
        http.oauth2Login(login -> login.authorizationRequestResolver(pkceAuthorizationRequests(clients))
                .oidcSessionRegistry(oidcSessions)
                .authorizationRequestRepository(new PendingAuthorizationRequests(Clock.systemUTC()))
                .authenticationSuccessHandler(handlers -> {
                    // a token known before the login (a planted session) is worth nothing after it
                    handlers.add((filterExchange, authentication) ->
                            csrfTokens.saveToken(filterExchange.getExchange(), null));
                    // then Spring Security's default: back to the saved request, else to the home page
                    var home = new RedirectServerAuthenticationSuccessHandler();
                    home.setRequestCache(new WebSessionServerRequestCache());
                    handlers.add(home);
                })
                .authenticationFailureHandler(new RedirectServerAuthenticationFailureHandler("/?login=failed")));
        // Keycloak ends a session -> POST /logout/connect/back-channel/keycloak (a signed logout token, no CSRF token)
        http.oidcLogout(oidc -> oidc.oidcSessionRegistry(oidcSessions)
                .backChannel(backChannel ->
                        backChannel.logoutHandler(new BackChannelSessionLogout(oidcSessions, sessions))));
        http.exceptionHandling(handling -> handling.authenticationEntryPoint(entryPoint(problems))
                .accessDeniedHandler(forbidden(problems, "forbidden")));
        http.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
                .requireCsrfProtectionMatcher(PublicApi.csrfRequired())
                .csrfTokenRequestHandler(new SpaCsrfTokenRequestHandler())
                .accessDeniedHandler(forbidden(problems, "csrf-rejected")));
        http.logout(logout -> logout.logoutHandler(handlers -> handlers.add(new WebSessionServerLogoutHandler()))
                .logoutSuccessHandler(keycloakLogout(clients)));
        http.headers(headers -> headers.frameOptions(frame -> frame.mode(Mode.DENY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .hsts(hsts -> hsts.maxAge(Duration.ofDays(365)).includeSubdomains(true))
                .writer(new SecurityHeaders(properties.identityProviderOrigin())));
        return http.build();
    }

    /**
     * PKCE (S256) for the confidential client too: Spring Security only does it by itself for public clients. The
     * login page's language follows the web client's ({@link LoginLanguage}).
     */
    static ServerOAuth2AuthorizationRequestResolver pkceAuthorizationRequests(
            ReactiveClientRegistrationRepository clients) {
        var resolver = new DefaultServerOAuth2AuthorizationRequestResolver(clients);
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        return new LoginLanguage(resolver);
    }

    /**
     * No Micrometer observations of Spring Security's own steps (each filter of the chain, authentication,
     * authorization): they wrapped every filter of every request in observation scopes and trace events and cost about
     * a tenth of the gateway's CPU per proxied read (bench/README.md, issue #5). The request itself is still observed
     * and traced ({@code http.server.requests}, the trace id in problems and logs, the call to the service).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Which gateway session belongs to which Keycloak session, shared by every gateway instance (Redis), so that a
     * back-channel logout reaching any instance ends the sessions of all.
     */
    @Bean
    ReactiveOidcSessionRegistry oidcSessionRegistry(
            ReactiveRedisConnectionFactory redis, GatewayProperties properties) {
        return new RedisOidcSessionRegistry(redis, properties.oidcSessionLifetime());
    }

    /** Tokens live in the resident's WebSession, so they go away with it (logout, expiry). */
    @Bean
    ServerOAuth2AuthorizedClientRepository authorizedClientRepository() {
        return new WebSessionServerOAuth2AuthorizedClientRepository();
    }

    @Bean
    WebSessionIdResolver webSessionIdResolver(GatewayProperties properties) {
        var resolver = new CookieWebSessionIdResolver();
        resolver.setCookieName(SESSION_COOKIE);
        resolver.addCookieInitializer(
                cookie -> cookie.path("/").httpOnly(true).sameSite("Lax").secure(properties.secureCookies()));
        return resolver;
    }

    /** The CSRF token of each session, kept in the session; the {@code XSRF-TOKEN} cookie is only its copy. */
    @Bean
    SessionCsrfTokenRepository csrfTokenRepository(GatewayProperties properties) {
        return new SessionCsrfTokenRepository(properties.secureCookies());
    }

    private static OidcClientInitiatedServerLogoutSuccessHandler keycloakLogout(
            ReactiveClientRegistrationRepository clients) {
        var handler = new OidcClientInitiatedServerLogoutSuccessHandler(clients);
        handler.setPostLogoutRedirectUri("{baseUrl}/");
        handler.setLogoutSuccessUrl(URI.create("/"));
        return handler;
    }

    /** Only a browser navigating to a page is sent to Keycloak; API calls, XHRs and {@code /bff} get a 401 problem. */
    private static ServerAuthenticationEntryPoint entryPoint(Problems problems) {
        var redirect = new RedirectServerAuthenticationEntryPoint(LOGIN_PATH);
        ServerAuthenticationEntryPoint unauthorized = (exchange, e) -> {
            exchange.getResponse().getHeaders().set("WWW-Authenticate", "Bearer");
            return problems.write(exchange, HttpStatus.UNAUTHORIZED, "unauthorized");
        };
        var entryPoint = new DelegatingServerAuthenticationEntryPoint(
                List.of(new DelegateEntry(LoginSecurityConfiguration::pageNavigation, redirect)));
        entryPoint.setDefaultEntryPoint(unauthorized);
        return entryPoint;
    }

    static Mono<ServerWebExchangeMatcher.MatchResult> pageNavigation(ServerWebExchange exchange) {
        var request = exchange.getRequest();
        String path = request.getPath().pathWithinApplication().value();
        boolean navigation = HttpMethod.GET.equals(request.getMethod())
                && !"XMLHttpRequest".equals(request.getHeaders().getFirst("X-Requested-With"))
                && request.getHeaders().getAccept().stream().anyMatch(MediaType.TEXT_HTML::equalsTypeAndSubtype)
                && !path.startsWith("/api/")
                && !path.startsWith("/bff/")
                && !path.startsWith("/actuator/");
        return navigation
                ? ServerWebExchangeMatcher.MatchResult.match()
                : ServerWebExchangeMatcher.MatchResult.notMatch();
    }

    private static ServerAccessDeniedHandler forbidden(Problems problems, String slug) {
        return (exchange, e) -> problems.write(exchange, HttpStatus.FORBIDDEN, slug);
    }
}
