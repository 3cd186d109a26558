package dev.kabinet.identity.links;

import dev.kabinet.platform.problem.DomainProblem;

/**
 * TODO(ID-9, ADR 0019 §3): linking by the date and sum of the last payment (manual 002) waits for payment-service's
 * payments. The form's fields are already parsed and validated ({@link LastPayment}); the proof itself answers this.
 */
public class LastPaymentProofUnavailable extends DomainProblem {

    public LastPaymentProofUnavailable() {
        super("link-by-payment-unavailable");
    }
}
