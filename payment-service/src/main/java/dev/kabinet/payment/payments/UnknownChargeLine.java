package dev.kabinet.payment.payments;

import dev.kabinet.platform.problem.DomainProblem;
import dev.kabinet.platform.problem.FieldProblem;
import java.util.List;

/** A payment names a charge line the account does not have in billing (PY-1, issue #5 fault D); per line a field. */
public class UnknownChargeLine extends DomainProblem {

    public UnknownChargeLine(List<FieldProblem> errors) {
        super("unknown-charge-line", errors);
    }
}
