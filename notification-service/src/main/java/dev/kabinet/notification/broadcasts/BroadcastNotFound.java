package dev.kabinet.notification.broadcasts;

import dev.kabinet.platform.problem.DomainProblem;

/** No broadcast with that id. */
public class BroadcastNotFound extends DomainProblem {

    public BroadcastNotFound() {
        super("broadcast-not-found");
    }
}
