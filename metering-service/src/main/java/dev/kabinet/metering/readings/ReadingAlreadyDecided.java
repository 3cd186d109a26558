package dev.kabinet.metering.readings;

import dev.kabinet.platform.problem.DomainProblem;

/** A reading was accepted or rejected once; its status does not change again (MT-3). */
public class ReadingAlreadyDecided extends DomainProblem {

    public ReadingAlreadyDecided(ReadingStatus status) {
        super(
                "reading-already-decided",
                "По этому показанию уже принято решение ("
                        + (status == ReadingStatus.ACCEPTED ? "принято" : "отклонено") + ").");
    }
}
