package dev.kabinet.identity.registration;

import dev.kabinet.platform.problem.DomainProblem;

/**
 * Automatic registration is impossible: the data do not identify the owner — the same answer whether the account
 * exists or not (ID-1). The detail says what to do next: visit an office with a passport.
 */
public class OwnershipNotConfirmed extends DomainProblem {

    public OwnershipNotConfirmed() {
        super("registration-not-confirmed");
    }
}
