package dev.kabinet.identity.profiles;

import java.util.List;

/** A resident's profile as the identity provider holds it (ID-8, ID-10): login, name, e-mail, linked accounts. */
public record Profile(String username, String firstName, String lastName, String email, List<String> accounts) {

    public Profile {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }

    @Override
    public String toString() {
        return "Profile[" + accounts.size() + " accounts]";
    }
}
