package dev.kabinet.identity.keycloak;

import dev.kabinet.identity.accounts.AccountServiceUnavailable;
import dev.kabinet.identity.accounts.ServiceToken;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.keycloak.admin.client.Keycloak;
import org.springframework.stereotype.Component;

/**
 * The service account's token the Admin API client already holds and renews (client credentials of
 * {@code kabinet-identity}); the realm gives that client the {@code kabinet-api} audience so account-service accepts
 * it (ADR 0015). Keycloak failing to issue one makes account-service unreachable for the moment.
 */
@Component
class KeycloakServiceToken implements ServiceToken {

    private final Keycloak keycloak;

    KeycloakServiceToken(Keycloak keycloak) {
        this.keycloak = keycloak;
    }

    @Override
    public String current() {
        try {
            return keycloak.tokenManager().getAccessTokenString();
        } catch (ProcessingException | WebApplicationException e) {
            throw new AccountServiceUnavailable(e);
        }
    }
}
