package dev.kabinet.identity.profiles;

import dev.kabinet.platform.problem.DomainProblem;

/** This utility does not let residents change their username (ID-8: manual 002 forbids it; a setting). */
public class UsernameChangeNotAllowed extends DomainProblem {

    public UsernameChangeNotAllowed() {
        super("username-change-not-allowed");
    }
}
