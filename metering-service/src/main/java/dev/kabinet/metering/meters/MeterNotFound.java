package dev.kabinet.metering.meters;

import dev.kabinet.platform.problem.DomainProblem;

/** No such meter on the account in the path (it may exist on another account: that is not revealed). */
public class MeterNotFound extends DomainProblem {

    public MeterNotFound() {
        super("meter-not-found");
    }
}
