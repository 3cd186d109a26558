package dev.kabinet.payment.refunds;

import dev.kabinet.platform.problem.DomainProblem;
import dev.kabinet.platform.problem.FieldProblem;
import java.util.List;

/** More than the refundable part of the payment (paid less the penalty lines) was asked for. */
public class RefundTooLarge extends DomainProblem {

    public RefundTooLarge(long refundableKopecks) {
        super(
                "refund-too-large",
                List.of(FieldProblem.of("amountKopecks", "field.refund.amount", refundableKopecks / 100.0)),
                refundableKopecks / 100.0);
    }
}
