package dev.kabinet.metering.meters;

import java.util.Optional;

/**
 * A meter of an account with its newest reading and its newest accepted one, if any, and why it takes no reading from
 * the resident today, if it does not (MT-1).
 */
public record MeterOverview(
        Meter meter,
        Optional<LastReading> lastReading,
        Optional<LastReading> lastAccepted,
        Optional<ManualReadingRefusal> refusal) {

    public MeterOverview(Meter meter, Optional<LastReading> lastReading) {
        this(meter, lastReading, Optional.empty(), Optional.empty());
    }
}
