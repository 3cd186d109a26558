package dev.kabinet.metering.readings;

import dev.kabinet.platform.problem.DomainProblem;

/** No such reading on the account in the path (it may exist on another account: that is not revealed). */
public class ReadingNotFound extends DomainProblem {

    public ReadingNotFound() {
        super("reading-not-found");
    }
}
