package dev.kabinet.metering.meters;

import java.util.Collection;
import java.util.Map;

/**
 * Where the meter list finds each meter's newest reading. The readings feature implements it, so that readings depend
 * on meters and never the other way round.
 */
public interface LastReadings {

    /** The newest reading of each of {@code meterIds} that has one. */
    Map<Long, LastReading> of(Collection<Long> meterIds);

    /** The newest accepted reading of each of {@code meterIds} that has one (MT-1, MT-2: what a new one is checked against). */
    Map<Long, LastReading> acceptedOf(Collection<Long> meterIds);
}
