package dev.kabinet.metering.readings;

import dev.kabinet.platform.problem.DomainProblem;

/**
 * A reading was accepted or rejected once; its status does not change again (MT-3). The detail's argument is 0 for
 * accepted, 1 for rejected (a choice in the message).
 */
public class ReadingAlreadyDecided extends DomainProblem {

    public ReadingAlreadyDecided(ReadingStatus status) {
        super("reading-already-decided", status == ReadingStatus.ACCEPTED ? 0 : 1);
    }
}
