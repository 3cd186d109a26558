package dev.kabinet.billing.previews;

import dev.kabinet.platform.problem.DomainProblem;

/**
 * No charge preview will be shown for this reading id under this account: billing has none, and the id is not one of
 * a reading submitted within the grace period (see {@link ReadingIds}), so waiting would not help. A reading of
 * another account of the same age gets the same answer, so its existence is not revealed.
 */
public class ChargePreviewNotFound extends DomainProblem {

    public ChargePreviewNotFound() {
        super("charge-preview-not-found");
    }
}
