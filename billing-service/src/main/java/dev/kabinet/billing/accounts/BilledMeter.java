package dev.kabinet.billing.accounts;

import java.util.List;
import java.util.Objects;

/**
 * An individual meter of an account as billing needs it (from {@code account.AccountChanged.v1}): its service, zones,
 * and digit capacity — the digits before the decimal point, so the counter wraps from 10^capacity − 1 to 0 (a
 * rollover, DOMAIN.md "Meter readings").
 *
 * @param zones the zone names, e.g. {@code [T1, T2]}
 */
public record BilledMeter(
        long meterId, BilledService service, List<String> zones, int digitCapacity, int decimals, boolean retired) {

    public BilledMeter {
        Objects.requireNonNull(service, "service");
        zones = List.copyOf(zones);
        if (digitCapacity < 1 || digitCapacity > 9) {
            throw new IllegalArgumentException("A meter has 1 to 9 digits before the point");
        }
    }
}
