package dev.kabinet.payment.payments;

import dev.kabinet.platform.problem.DomainProblem;
import dev.kabinet.platform.problem.FieldProblem;
import java.util.List;

/** A payment request the rules refuse: a line twice, a total over the limit (each a field problem). */
public class PaymentInvalid extends DomainProblem {

    public PaymentInvalid(List<FieldProblem> errors) {
        super("payment-invalid", errors);
    }
}
