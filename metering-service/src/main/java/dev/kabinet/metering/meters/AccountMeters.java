package dev.kabinet.metering.meters;

import java.util.List;

/**
 * What metering keeps of one change of an account (issue #7; from {@code account.AccountChanged.v1}): whether the
 * account is closed and every meter on it, retired ones included.
 *
 * @param sequence account-service's count of the account's changes: 1 for the first, then +1 per change; a change is
 *     applied only when it is above the one applied
 */
public record AccountMeters(String accountNumber, long sequence, boolean closed, List<RegisteredMeter> meters) {

    public AccountMeters {
        meters = List.copyOf(meters);
    }
}
