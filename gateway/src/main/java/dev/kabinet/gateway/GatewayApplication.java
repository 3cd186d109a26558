package dev.kabinet.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The backend-for-frontend of Kabinet: logs residents in with Keycloak and keeps their tokens in its session, relays
 * the access token to the services' {@code /api/v1}, guards against CSRF, limits request rates, sets the security
 * headers, serves the web client and one Swagger UI for every service.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(GatewayApplication.class, args);
    }
}
