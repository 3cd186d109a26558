package dev.kabinet.identity.registration;

import dev.kabinet.platform.problem.DomainProblem;
import dev.kabinet.platform.problem.FieldProblem;
import java.util.List;

/**
 * The surname does not identify the owner (or there is no such account: the answer is the same): the resident is
 * asked for the serial number of a meter installed on the account (ID-1, manual 001).
 */
public class MeterSerialNeeded extends DomainProblem {

    public MeterSerialNeeded() {
        super("meter-serial-needed", List.of(FieldProblem.of("meterSerialNumber", "field.meterSerialNumber.needed")));
    }
}
