package dev.kabinet.billing.previews;

import dev.kabinet.platform.problem.DomainProblem;

/**
 * The reading's charge is not calculated (yet): the event may still be on its way; the client asks again. A reading of
 * another account gets the same answer, so its existence is not revealed.
 */
public class ChargePreviewNotReady extends DomainProblem {

    public ChargePreviewNotReady() {
        super("charge-preview-not-ready");
    }
}
