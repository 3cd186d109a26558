package dev.kabinet.identity.keycloak;

import org.keycloak.admin.client.Keycloak;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class KeycloakConfiguration {

    /** One Admin API client for the service: it keeps the service account's token and renews it when it expires. */
    @Bean(destroyMethod = "close")
    Keycloak keycloakAdmin(KeycloakProperties properties) {
        return KeycloakAdmin.client(properties);
    }
}
