package dev.kabinet.identity.profiles;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A resident's profile as the identity provider holds it (ID-8, ID-10): login, name, e-mail and whether it is confirmed
 * (ID-2, ID-8), linked accounts, the phone confirmed by SMS code (ID-8, E.164, or null) and the login's language.
 */
public record Profile(
        String username,
        String firstName,
        String lastName,
        String email,
        List<String> accounts,
        boolean emailVerified,
        @Nullable String phone,
        @Nullable String locale) {

    public Profile {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }

    public Profile(
            String username,
            String firstName,
            String lastName,
            String email,
            List<String> accounts,
            boolean emailVerified) {
        this(username, firstName, lastName, email, accounts, emailVerified, null, null);
    }

    @Override
    public String toString() {
        return "Profile[" + accounts.size() + " accounts]";
    }
}
