package dev.kabinet.billing.accounts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An account as billing knows it (issue #7): what account-service published in its latest applied
 * {@code account.AccountChanged.v1}. Normatives and charge lines (BL-1) will read the areas, the residents, the
 * services and the lines; tariffs are billing's own (BL-4).
 *
 * @param sequence the change it was last written from
 * @param closedOn the day it was closed; null while open (or when the back office gave no day)
 * @param flatArea total area of the flat, m²; null when unknown
 * @param houseArea total area of the house, m² (common-house charges); null when unknown
 * @param residents residents registered at the address; null when unknown
 * @param meters the account's individual meters, retired ones included: service, zones and digit capacity (a rollover
 *     wraps at 10^capacity, BL-2)
 */
public record BilledAccount(
        String accountNumber,
        long sequence,
        boolean closed,
        @Nullable LocalDate closedOn,
        @Nullable BigDecimal flatArea,
        @Nullable BigDecimal houseArea,
        @Nullable Integer residents,
        Set<BilledService> services,
        List<AccountChargeLine> chargeLines,
        List<BilledMeter> meters) {

    public BilledAccount {
        Objects.requireNonNull(accountNumber, "accountNumber");
        services = Set.copyOf(services);
        chargeLines = List.copyOf(chargeLines);
        meters = List.copyOf(meters);
    }

    /** An account without meters (no individual meter: charged by normatives). */
    public BilledAccount(
            String accountNumber,
            long sequence,
            boolean closed,
            @Nullable LocalDate closedOn,
            @Nullable BigDecimal flatArea,
            @Nullable BigDecimal houseArea,
            @Nullable Integer residents,
            Set<BilledService> services,
            List<AccountChargeLine> chargeLines) {
        this(
                accountNumber,
                sequence,
                closed,
                closedOn,
                flatArea,
                houseArea,
                residents,
                services,
                chargeLines,
                List.of());
    }

    /**
     * Whether a reading taken on {@code day} (the utility's date) is charged: always while the account is open; once
     * closed, only readings up to the day it was closed (the final readings of a closing), none when that day is not
     * known.
     */
    public boolean chargesReadingsOf(LocalDate day) {
        return !closed || (closedOn != null && !day.isAfter(closedOn));
    }
}
