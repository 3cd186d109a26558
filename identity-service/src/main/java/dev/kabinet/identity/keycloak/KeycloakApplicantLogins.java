package dev.kabinet.identity.keycloak;

import dev.kabinet.identity.applications.ApplicantLogins;
import dev.kabinet.identity.profiles.IdentityProviderUnavailable;
import dev.kabinet.identity.registration.LoginTaken;
import dev.kabinet.platform.problem.FieldProblem;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.UserRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Logins of approved access applications (ID-4) through the Admin API: no credentials, the required action
 * {@code UPDATE_PASSWORD}, Russian, the approved accounts in {@code accounts}; then Keycloak's execute-actions e-mail,
 * whose one-time link lets the resident set the password (the realm's SMTP; never a password in a letter).
 */
@Component
class KeycloakApplicantLogins implements ApplicantLogins {

    private static final Logger log = LoggerFactory.getLogger(KeycloakApplicantLogins.class);
    static final String UPDATE_PASSWORD = "UPDATE_PASSWORD";

    private final Keycloak keycloak;
    private final String realm;

    KeycloakApplicantLogins(Keycloak keycloak, KeycloakProperties properties) {
        this.keycloak = keycloak;
        this.realm = properties.realm();
    }

    @Override
    public String create(NewApplicant applicant) {
        try {
            var users = keycloak.realm(realm).users();
            var user = new UserRepresentation();
            user.setUsername(applicant.username());
            user.setEmail(applicant.email());
            user.setEmailVerified(false);
            user.setFirstName(applicant.firstName());
            user.setLastName(applicant.surname());
            user.setEnabled(true);
            user.setRequiredActions(List.of(UPDATE_PASSWORD));
            var attributes = new HashMap<String, List<String>>();
            attributes.put(KeycloakUserDirectory.ACCOUNTS_ATTRIBUTE, List.copyOf(applicant.accountNumbers()));
            attributes.put("locale", List.of("ru"));
            user.setAttributes(attributes);
            try (Response response = users.create(user)) {
                int status = response.getStatus();
                if (status == 201) {
                    return CreatedResponseUtil.getCreatedId(response);
                }
                if (status == 409) {
                    return madeBefore(applicant);
                }
                log.error("Keycloak answered {} to creating an applicant's login", status);
                throw new IdentityProviderUnavailable(new IllegalStateException("status " + status));
            }
        } catch (ProcessingException | WebApplicationException e) {
            log.warn("Keycloak Admin API failed: {}", e.getClass().getSimpleName());
            throw new IdentityProviderUnavailable(e);
        }
    }

    /** The login this application made on an earlier delivery of its decision, or {@link LoginTaken}. */
    private String madeBefore(NewApplicant applicant) {
        var found = keycloak.realm(realm).users().searchByUsername(applicant.username(), true);
        if (found.size() == 1) {
            var user = found.getFirst();
            boolean same = applicant.email().equalsIgnoreCase(user.getEmail())
                    && user.getRequiredActions() != null
                    && user.getRequiredActions().contains(UPDATE_PASSWORD)
                    && user.getCreatedTimestamp() != null
                    && user.getCreatedTimestamp() >= applicant.submittedAt().toEpochMilli();
            if (same) {
                return user.getId();
            }
        }
        throw new LoginTaken(FieldProblem.of("email", "field.email.taken"));
    }

    @Override
    public void sendSetPasswordLink(String subject, Duration lifespan) {
        try {
            keycloak.realm(realm)
                    .users()
                    .get(subject)
                    .executeActionsEmail(null, null, (int) lifespan.toSeconds(), List.of(UPDATE_PASSWORD));
        } catch (ProcessingException | WebApplicationException e) {
            log.error(
                    "Keycloak could not send the link to set the password: {}",
                    e.getClass().getSimpleName());
            throw new IdentityProviderUnavailable(e);
        }
    }

    @Override
    public @Nullable String subjectOf(String username) {
        try {
            var found = keycloak.realm(realm).users().searchByUsername(username, true);
            return found.isEmpty() ? null : found.getFirst().getId();
        } catch (ProcessingException | WebApplicationException e) {
            throw new IdentityProviderUnavailable(e);
        }
    }
}
