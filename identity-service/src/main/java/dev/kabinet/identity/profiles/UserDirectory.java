package dev.kabinet.identity.profiles;

import java.util.Optional;

/** Where the users live (Keycloak). */
public interface UserDirectory {

    /**
     * The profile of the user with this subject (the identity provider's user id); by username when the token carries
     * no subject. Empty when there is no such user.
     */
    Optional<Profile> find(String subject, String username);
}
