package dev.kabinet.metering.meters;

import java.util.Arrays;
import java.util.Optional;

/** A scale (tariff zone) of a meter: T1 single-rate or day, T2 night, T3 peak/half-peak. */
public enum Zone {
    T1,
    T2,
    T3;

    public static Optional<Zone> named(String name) {
        return Arrays.stream(values()).filter(z -> z.name().equals(name)).findFirst();
    }
}
