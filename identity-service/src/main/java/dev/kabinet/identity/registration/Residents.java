package dev.kabinet.identity.registration;

/**
 * The port to where logins live (Keycloak, through its Admin API): creating a resident's login when they register
 * (ID-1) and removing it again when the registration cannot be completed.
 */
public interface Residents {

    /** What a new login is made of; the password is never logged nor kept here. */
    record NewResident(
            String username, String email, String firstName, String surname, String password, String accountNumber) {
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

    /** Removes a login created a moment ago (compensation); a missing one is fine. */
    void delete(String subject);
}
