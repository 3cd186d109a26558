package dev.kabinet.payment.acquirer;

import dev.kabinet.platform.problem.DomainProblem;

/** The bank answered and said no (its {@code errorCode}): nothing happened there. */
public class ProviderRefused extends DomainProblem {

    private final String code;

    public ProviderRefused(String code) {
        super("payment-provider-refused");
        this.code = code;
    }

    /** The bank's error code, for the record (never shown to the resident as such). */
    public String code() {
        return code;
    }
}
