package dev.kabinet.identity.applications;

import dev.kabinet.platform.problem.DomainProblem;

/**
 * No application with this number and e-mail (ID-4): the same answer whether the number does not exist or the e-mail
 * is another, so the status page discloses nothing to whoever does not know both.
 */
public class AccessApplicationNotFound extends DomainProblem {

    public AccessApplicationNotFound() {
        super("access-application-not-found");
    }
}
