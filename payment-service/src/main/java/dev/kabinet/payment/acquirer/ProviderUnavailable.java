package dev.kabinet.payment.acquirer;

import dev.kabinet.platform.problem.DomainProblem;

/**
 * The bank did not answer in time, answered with a server error, or the circuit to it is open: the outcome of the call
 * is unknown. A payment stays as it is and the janitor asks the bank later.
 */
public class ProviderUnavailable extends DomainProblem {

    public ProviderUnavailable(Throwable cause) {
        super("payment-provider-unavailable");
        initCause(cause);
    }
}
