package dev.kabinet.metering.meters;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What metering keeps of one change of an account (issue #7; from {@code account.AccountChanged.v1}): whether the
 * account is closed and every meter on it, retired ones included.
 *
 * @param sequence account-service's count of the account's changes: 1 for the first, then +1 per change; a change is
 *     applied only when it is above the one applied
 * @param commonHouseMeters the common-house (ОДН) meters of the account's house with their volumes (MT-6); null when
 *     the change does not carry them (account-service does not publish them yet)
 */
public record AccountMeters(
        String accountNumber,
        long sequence,
        boolean closed,
        List<RegisteredMeter> meters,
        @Nullable List<CommonHouseMeter> commonHouseMeters) {

    public AccountMeters {
        meters = List.copyOf(meters);
        commonHouseMeters = commonHouseMeters == null ? null : List.copyOf(commonHouseMeters);
    }

    /** A change that says nothing of the house's common-house meters (they stay as they were). */
    public AccountMeters(String accountNumber, long sequence, boolean closed, List<RegisteredMeter> meters) {
        this(accountNumber, sequence, closed, meters, null);
    }
}
