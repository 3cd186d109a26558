package dev.kabinet.identity.trial;

import dev.kabinet.platform.problem.DomainProblem;

/** The login has no trial period (ID-11): it was made while the trial was off, or does not exist. */
public class TrialNotFound extends DomainProblem {

    public TrialNotFound() {
        super("trial-not-found");
    }
}
