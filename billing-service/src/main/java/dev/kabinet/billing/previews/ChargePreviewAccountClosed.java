package dev.kabinet.billing.previews;

import dev.kabinet.platform.problem.DomainProblem;

/**
 * No charge preview will come for this reading: the account is closed (account-service's {@code closed}, issue #7) and
 * the reading was not taken before the day of closing, so it is not charged. Said only about the account in the path,
 * which the caller may see.
 */
public class ChargePreviewAccountClosed extends DomainProblem {

    public ChargePreviewAccountClosed() {
        super("charge-preview-account-closed");
    }
}
