package dev.kabinet.identity.keycloak;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How identity-service reaches Keycloak's Admin API ({@code kabinet.keycloak.*}): the server, the realm of the
 * residents, and the service-account client whose secret comes from the environment
 * ({@code KABINET_IDENTITY_CLIENT_SECRET}). The timeouts bound how long a resident waits when Keycloak is slow.
 */
@Validated
@ConfigurationProperties("kabinet.keycloak")
public record KeycloakProperties(
        @NotNull URI serverUrl,
        @DefaultValue("kabinet") @NotBlank String realm,
        @DefaultValue("kabinet-identity") @NotBlank String clientId,
        @NotBlank String clientSecret,
        @DefaultValue("2s") @NotNull Duration connectTimeout,
        @DefaultValue("5s") @NotNull Duration readTimeout) {

    @Override
    public String toString() {
        return "KeycloakProperties[serverUrl=" + serverUrl + ", realm=" + realm + ", clientId=" + clientId
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + "]";
    }
}
