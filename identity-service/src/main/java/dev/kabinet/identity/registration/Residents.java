package dev.kabinet.identity.registration;

import org.jspecify.annotations.Nullable;

/**
 * The port to where logins live (Keycloak, through its Admin API): creating a resident's login when they register
 * (ID-1) and removing it again when the registration cannot be completed.
 */
public interface Residents {

    /** What a new login is made of; the password is never logged nor kept here. */
    /** {@code email} may be null (ID-3: the phone confirmed by SMS code is the contact). */
    record NewResident(
            String username,
            @Nullable String email,
            @Nullable String firstName,
            @Nullable String surname,
            String password,
            @Nullable String accountNumber) {
        @Override
        public String toString() {
            return "NewResident[" + username + "]";
        }
    }

    /**
     * Creates an enabled login with the password, the e-mail (not verified yet), Russian as its language and the
     * account in its {@code accounts} attribute (the token's claim, until every service reads account-service's links:
     * ADR 0011).
     *
     * @return the Keycloak user id (subject)
     * @throws RegistrationInvalid with a field problem: username or e-mail taken, password refused by the realm's
     *     policy
     * @throws dev.kabinet.identity.profiles.IdentityProviderUnavailable when Keycloak fails
     */
    String create(NewResident resident);

    /**
     * Refuses a username or e-mail (if any) that already belongs to a login, before anything irreversible happens
     * (ID-3: before the SMS code is spent).
     *
     * @throws LoginTaken naming the field
     */
    void ensureAvailable(String username, @Nullable String email);

    /**
     * ID-2: sends Keycloak's confirmation link to the new login's e-mail; a failure is logged, not thrown (the resident
     * can send it again from the profile).
     */
    void sendEmailConfirmation(String subject);

    /** Removes a login created a moment ago (compensation); a missing one is fine. */
    void delete(String subject);
}
