package dev.kabinet.identity.profiles;

import dev.kabinet.platform.problem.DomainProblem;

/** The token is valid but its user is gone from the identity provider (deleted since the login). */
public class ProfileNotFound extends DomainProblem {

    public ProfileNotFound() {
        super("profile-not-found");
    }
}
