package dev.kabinet.identity.applications;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The port to where logins live (Keycloak, through its Admin API) for approved applications (ID-4): a login without a
 * password that must set one, and Keycloak's one-time link to do so — never a password in an e-mail.
 */
public interface ApplicantLogins {

    /** The login an approved application gets; {@code accountNumbers} go into its {@code accounts} attribute. */
    record NewApplicant(
            Instant submittedAt,
            String username,
            String email,
            String firstName,
            String surname,
            List<String> accountNumbers) {
        @Override
        public String toString() {
            return "NewApplicant[" + username + "]";
        }
    }

    /**
     * Creates an enabled login without credentials and with the required action {@code UPDATE_PASSWORD}; when the
     * same login exists already (a redelivered decision: that username and e-mail, no password set yet, made after the
     * application was submitted), returns it.
     *
     * @return the Keycloak user id (subject)
     * @throws dev.kabinet.identity.registration.LoginTaken when the username or e-mail belongs to another login
     * @throws dev.kabinet.identity.profiles.IdentityProviderUnavailable when Keycloak fails
     */
    String create(NewApplicant applicant);

    /**
     * Sends Keycloak's execute-actions e-mail: a one-time link, valid for {@code lifespan}, to set the password.
     *
     * @throws dev.kabinet.identity.profiles.IdentityProviderUnavailable when Keycloak fails (the decision is retried)
     */
    void sendSetPasswordLink(String subject, Duration lifespan);

    /** The subject of a login with this username, if any. */
    @Nullable
    String subjectOf(String username);
}
