package dev.kabinet.platform.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every service is an OAuth2 resource server: a Keycloak JWT with the right issuer and audience
 * ({@code spring.security.oauth2.resourceserver.jwt.audiences}) is required for {@code /api/**}; health, metrics and
 * API docs stay open for probes and the gateway's Swagger UI, and so do the paths a service lists in
 * {@code kabinet.security.public-paths} (identity-service's registration and captcha, which a visitor uses before
 * having a login: ID-1). Stateless, no CSRF (no cookies are accepted here).
 */
@AutoConfiguration
@EnableMethodSecurity
public class ResourceServerSecurityConfiguration {

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain apiSecurity(HttpSecurity http, @Value("${kabinet.security.public-paths:}") String[] publicPaths)
            throws Exception {
        var jwtConverter = new JwtAuthenticationConverter();
        jwtConverter.setJwtGrantedAuthoritiesConverter(new KeycloakRolesConverter());
        jwtConverter.setPrincipalClaimName("preferred_username");
        if (publicPaths.length > 0) {
            http.authorizeHttpRequests(
                    requests -> requests.requestMatchers(publicPaths).permitAll());
        }
        return http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/actuator/health/**", "/actuator/info", "/actuator/prometheus", "/error")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/v3/api-docs/**", "/v3/api-docs")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .oauth2ResourceServer(oauth -> oauth.jwt(jwt -> jwt.jwtAuthenticationConverter(jwtConverter))
                        .authenticationEntryPoint(ProblemSecurityHandlers.unauthorized())
                        .accessDeniedHandler(ProblemSecurityHandlers.forbidden()))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(ProblemSecurityHandlers.unauthorized())
                        .accessDeniedHandler(ProblemSecurityHandlers.forbidden()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .build();
    }

    @Bean
    @ConditionalOnMissingBean
    AccountAccess accountAccess() {
        return new AccountAccess();
    }
}
