package dev.kabinet.payment.payments;

import dev.kabinet.platform.problem.DomainProblem;

/** No payment of that id under this account (another account's id is answered the same way). */
public class PaymentNotFound extends DomainProblem {

    public PaymentNotFound() {
        super("payment-not-found");
    }
}
