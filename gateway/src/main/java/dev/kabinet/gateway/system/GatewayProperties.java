package dev.kabinet.gateway.system;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The gateway's settings ({@code kabinet.gateway.*}); {@code application.yml} maps them to the environment
 * ({@code KABINET_<SVC>_URL}, {@code KABINET_ISSUER_URI}, {@code KABINET_SECURE_COOKIES}, ...).
 *
 * @param issuerUri Keycloak realm the residents log in with; its origin is allowed as a form target by the CSP
 * @param secureCookies mark the session and CSRF cookies {@code Secure} (on behind https, off for localhost)
 * @param services base URL of each service by its short name; {@code /api/<name>/v1/**} goes to its {@code /api/v1/**}
 * @param connectTimeout how long to wait for a TCP connection to a service
 * @param responseTimeout how long to wait for a service's response headers
 * @param maxRequestSize largest request body accepted
 * @param rateLimit requests allowed per session (or client address when there is none)
 * @param oidcSessionLifetime how long the link between a gateway session and its Keycloak session is kept in Redis for
 *     back-channel logout; at least the realm's SSO session max lifespan (10 h in realm {@code kabinet})
 */
@Validated
@ConfigurationProperties("kabinet.gateway")
public record GatewayProperties(
        @NotNull URI issuerUri,
        boolean secureCookies,
        @NotEmpty Map<String, URI> services,
        @NotNull Duration connectTimeout,
        @NotNull Duration responseTimeout,
        @NotNull DataSize maxRequestSize,
        @NotNull @Valid RateLimit rateLimit,
        @DefaultValue("10h") @NotNull Duration oidcSessionLifetime) {

    /**
     * A token bucket per client: {@code capacity} requests at once, refilled by {@code refillPerSecond}.
     *
     * @param capacity burst size
     * @param refillPerSecond sustained requests per second
     */
    public record RateLimit(
            @Positive int capacity, @Positive int refillPerSecond) {}

    /** The scheme, host and port of the identity provider, e.g. {@code http://localhost:8180}. */
    public String identityProviderOrigin() {
        return issuerUri.getScheme() + "://" + issuerUri.getAuthority();
    }
}
