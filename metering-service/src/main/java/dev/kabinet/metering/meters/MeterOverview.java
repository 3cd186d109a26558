package dev.kabinet.metering.meters;

import java.util.Optional;

/** A meter of an account with its newest reading, if any (MT-1). */
public record MeterOverview(Meter meter, Optional<LastReading> lastReading) {}
