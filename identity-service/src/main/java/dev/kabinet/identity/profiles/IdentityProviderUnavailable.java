package dev.kabinet.identity.profiles;

import dev.kabinet.platform.problem.DomainProblem;

/** Keycloak did not answer in time, failed, or refused our service account: the resident can only try later. */
public class IdentityProviderUnavailable extends DomainProblem {

    public IdentityProviderUnavailable(Throwable cause) {
        super("identity-provider-unavailable");
        initCause(cause);
    }
}
