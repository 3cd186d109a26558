package dev.kabinet.identity.keycloak;

import dev.kabinet.identity.links.AccountsAttribute;
import dev.kabinet.identity.profiles.IdentityProviderUnavailable;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.HashMap;
import java.util.List;
import org.keycloak.admin.client.Keycloak;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** {@link AccountsAttribute} through the Admin API: reads the user, replaces {@code accounts}, writes it back. */
@Component
class KeycloakAccountsAttribute implements AccountsAttribute {

    private static final Logger log = LoggerFactory.getLogger(KeycloakAccountsAttribute.class);

    private final Keycloak keycloak;
    private final String realm;

    KeycloakAccountsAttribute(Keycloak keycloak, KeycloakProperties properties) {
        this.keycloak = keycloak;
        this.realm = properties.realm();
    }

    @Override
    public void replace(String subject, List<String> accountNumbers) {
        try {
            var user = keycloak.realm(realm).users().get(subject);
            var representation = user.toRepresentation();
            var attributes = representation.getAttributes() == null
                    ? new HashMap<String, List<String>>()
                    : new HashMap<>(representation.getAttributes());
            // an empty list clears it (a representation without the key would keep the old value)
            attributes.put(KeycloakUserDirectory.ACCOUNTS_ATTRIBUTE, List.copyOf(accountNumbers));
            representation.setAttributes(attributes);
            user.update(representation);
        } catch (ProcessingException | WebApplicationException e) {
            log.error(
                    "Keycloak Admin API refused to update the accounts attribute: {}",
                    e.getClass().getSimpleName());
            throw new IdentityProviderUnavailable(e);
        }
    }
}
