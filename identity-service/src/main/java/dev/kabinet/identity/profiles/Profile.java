package dev.kabinet.identity.profiles;

import java.util.List;

/**
 * A resident's profile as the identity provider holds it (ID-8, ID-10): login, name, e-mail and whether it is confirmed
 * (ID-2, ID-8), linked accounts.
 */
public record Profile(
        String username,
        String firstName,
        String lastName,
        String email,
        List<String> accounts,
        boolean emailVerified) {

    public Profile {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }

    @Override
    public String toString() {
        return "Profile[" + accounts.size() + " accounts]";
    }
}
