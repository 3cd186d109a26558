package dev.kabinet.billing.tariffs;

import java.util.Collection;

/**
 * How many zones a meter has decides which rates apply: a single-rate meter's T1 is not a two-zone meter's day T1
 * (e.g. 6,43 ₽ against 7,25 ₽ per kWh).
 */
public enum ZoneScheme {
    SINGLE,
    DAY_NIGHT,
    THREE_ZONE;

    /** The scheme of a meter that reports exactly these zones. */
    public static ZoneScheme of(Collection<TariffZone> zones) {
        return switch (zones.size()) {
            case 1 -> SINGLE;
            case 2 -> DAY_NIGHT;
            case 3 -> THREE_ZONE;
            default -> throw new IllegalArgumentException("A meter has one to three zones, not " + zones.size());
        };
    }
}
