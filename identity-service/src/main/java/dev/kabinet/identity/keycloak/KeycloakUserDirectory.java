package dev.kabinet.identity.keycloak;

import dev.kabinet.identity.profiles.IdentityProviderUnavailable;
import dev.kabinet.identity.profiles.Profile;
import dev.kabinet.identity.profiles.UserDirectory;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.Optional;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.UserRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The users of realm {@code kabinet}, read through Keycloak's Admin API with identity-service's service account.
 * Keycloak being down, slow or refusing the service account becomes {@link IdentityProviderUnavailable}; nothing
 * here logs a name, e-mail or account number.
 */
@Component
class KeycloakUserDirectory implements UserDirectory {

    static final String ACCOUNTS_ATTRIBUTE = "accounts";
    /** The phone confirmed by SMS code (ID-8), E.164; declared in the realm's user profile. */
    static final String PHONE_ATTRIBUTE = "phone";

    static final String LOCALE_ATTRIBUTE = "locale";

    private static final Logger log = LoggerFactory.getLogger(KeycloakUserDirectory.class);

    private final Keycloak keycloak;
    private final String realm;

    KeycloakUserDirectory(Keycloak keycloak, KeycloakProperties properties) {
        this.keycloak = keycloak;
        this.realm = properties.realm();
    }

    @Override
    public Optional<Profile> find(String subject, String username) {
        try {
            return user(keycloak.realm(realm), subject, username).map(KeycloakUserDirectory::profile);
        } catch (NotFoundException e) {
            return Optional.empty();
        } catch (ProcessingException e) {
            log.warn("Keycloak Admin API unreachable: {}", rootCause(e));
            throw new IdentityProviderUnavailable(e);
        } catch (WebApplicationException e) {
            log.error(
                    "Keycloak Admin API answered {} (is the service account allowed to view users?)",
                    e.getResponse().getStatus());
            throw new IdentityProviderUnavailable(e);
        }
    }

    private static Optional<UserRepresentation> user(RealmResource realm, String subject, String username) {
        if (subject != null && !subject.isBlank()) {
            return Optional.of(realm.users().get(subject).toRepresentation());
        }
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return realm.users().searchByUsername(username, true).stream().findFirst();
    }

    static Profile profile(UserRepresentation user) {
        List<String> accounts = user.getAttributes() == null
                ? List.of()
                : user.getAttributes().getOrDefault(ACCOUNTS_ATTRIBUTE, List.of());
        return new Profile(
                user.getUsername(),
                user.getFirstName(),
                user.getLastName(),
                user.getEmail(),
                accounts,
                Boolean.TRUE.equals(user.isEmailVerified()),
                first(user, PHONE_ATTRIBUTE),
                first(user, LOCALE_ATTRIBUTE));
    }

    private static String first(UserRepresentation user, String attribute) {
        if (user.getAttributes() == null) {
            return null;
        }
        List<String> values = user.getAttributes().getOrDefault(attribute, List.of());
        return values.isEmpty() ? null : values.get(0);
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName();
    }
}
