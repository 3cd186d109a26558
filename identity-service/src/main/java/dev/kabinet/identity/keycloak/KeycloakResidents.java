package dev.kabinet.identity.keycloak;

import dev.kabinet.identity.profiles.IdentityProviderUnavailable;
import dev.kabinet.identity.registration.LoginTaken;
import dev.kabinet.identity.registration.RegistrationInvalid;
import dev.kabinet.identity.registration.Residents;
import dev.kabinet.platform.problem.FieldProblem;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Residents' logins created through Keycloak's Admin API (ID-1). The realm's password policy is Keycloak's to apply
 * (realm file: {@code length(8) and digits(1) and notUsername}); its refusal becomes a field problem on
 * {@code password}. A taken username or e-mail is looked up first so the resident learns which field to change.
 */
@Component
class KeycloakResidents implements Residents {

    private static final Logger log = LoggerFactory.getLogger(KeycloakResidents.class);

    private final Keycloak keycloak;
    private final String realm;

    KeycloakResidents(Keycloak keycloak, KeycloakProperties properties) {
        this.keycloak = keycloak;
        this.realm = properties.realm();
    }

    @Override
    public String create(NewResident resident) {
        try {
            RealmResource realm = keycloak.realm(this.realm);
            ensureAvailable(realm, resident.username(), resident.email());
            var password = new CredentialRepresentation();
            password.setType(CredentialRepresentation.PASSWORD);
            password.setValue(resident.password());
            password.setTemporary(false);
            var user = new UserRepresentation();
            user.setUsername(resident.username());
            user.setEmail(resident.email());
            user.setEmailVerified(false);
            user.setFirstName(resident.firstName());
            user.setLastName(resident.surname());
            user.setEnabled(true);
            user.setCredentials(List.of(password));
            var attributes = new HashMap<String, List<String>>();
            if (resident.accountNumber() != null) {
                attributes.put(KeycloakUserDirectory.ACCOUNTS_ATTRIBUTE, List.of(resident.accountNumber()));
            }
            attributes.put("locale", List.of("ru"));
            user.setAttributes(attributes);
            try (Response response = realm.users().create(user)) {
                int status = response.getStatus();
                if (status == 201) {
                    return CreatedResponseUtil.getCreatedId(response);
                }
                String body = response.hasEntity() ? response.readEntity(String.class) : "";
                if (status == 409) {
                    throw new LoginTaken(FieldProblem.of(
                            body.contains("email") ? "email" : "username",
                            body.contains("email") ? "field.email.taken" : "field.username.taken"));
                }
                if (status == 400 && body.toLowerCase().contains("password")) {
                    throw new RegistrationInvalid(List.of(FieldProblem.of("password", "field.password.policy")));
                }
                if (status == 400) {
                    log.info("Keycloak refused a new user: {}", body.replaceAll("[^A-Za-z_ .:{}\"]", ""));
                    if (body.contains("\"accounts\"")) {
                        // the realm's user profile validates the accounts attribute's pattern
                        throw new RegistrationInvalid(
                                List.of(FieldProblem.of("accountNumber", "field.accountNumber.invalid")));
                    }
                    String field = body.contains("\"firstName\"")
                            ? "firstName"
                            : body.contains("\"lastName\"")
                                    ? "surname"
                                    : body.contains("\"email\"") ? "email" : "username";
                    throw new RegistrationInvalid(List.of(FieldProblem.of(field, "field." + field + ".invalid")));
                }
                log.error("Keycloak answered {} to creating a user", status);
                throw new IdentityProviderUnavailable(new IllegalStateException("status " + status));
            }
        } catch (ProcessingException e) {
            log.warn("Keycloak Admin API unreachable: {}", e.getClass().getSimpleName());
            throw new IdentityProviderUnavailable(e);
        } catch (WebApplicationException e) {
            log.error(
                    "Keycloak Admin API answered {} (may the service account manage users?)",
                    e.getResponse().getStatus());
            throw new IdentityProviderUnavailable(e);
        }
    }

    @Override
    public void ensureAvailable(String username, @Nullable String email) {
        try {
            ensureAvailable(keycloak.realm(realm), username, email);
        } catch (ProcessingException e) {
            throw new IdentityProviderUnavailable(e);
        } catch (WebApplicationException e) {
            log.error("Keycloak Admin API answered {}", e.getResponse().getStatus());
            throw new IdentityProviderUnavailable(e);
        }
    }

    private static void ensureAvailable(RealmResource realm, String username, @Nullable String email) {
        if (!realm.users().searchByUsername(username, true).isEmpty()) {
            throw new LoginTaken(FieldProblem.of("username", "field.username.taken"));
        }
        if (email != null && !realm.users().searchByEmail(email, true).isEmpty()) {
            throw new LoginTaken(FieldProblem.of("email", "field.email.taken"));
        }
    }

    @Override
    public void sendEmailConfirmation(String subject) {
        try {
            keycloak.realm(realm).users().get(subject).sendVerifyEmail();
        } catch (ProcessingException | WebApplicationException e) {
            log.error(
                    "Keycloak could not send the confirmation e-mail: {}",
                    e.getClass().getSimpleName());
        }
    }

    @Override
    public void delete(String subject) {
        try (Response response = keycloak.realm(realm).users().delete(subject)) {
            log.info("Removed a login whose registration could not be completed ({})", response.getStatus());
        } catch (NotFoundException e) {
            // already gone
        } catch (ProcessingException | WebApplicationException e) {
            log.error("Could not remove login {} after a failed registration: remove it by hand", subject);
        }
    }
}
