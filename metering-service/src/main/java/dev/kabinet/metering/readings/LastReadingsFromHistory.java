package dev.kabinet.metering.readings;

import dev.kabinet.metering.meters.LastReading;
import dev.kabinet.metering.meters.LastReadings;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The meter list's newest readings (MT-1), read from the readings' history. */
@Component
class LastReadingsFromHistory implements LastReadings {

    private final ReadingRepository readings;

    LastReadingsFromHistory(ReadingRepository readings) {
        this.readings = readings;
    }

    @Override
    public Map<Long, LastReading> of(Collection<Long> meterIds) {
        return newestOf(readings.findNewestOfMeters(meterIds));
    }

    @Override
    public Map<Long, LastReading> acceptedOf(Collection<Long> meterIds) {
        return newestOf(readings.findNewestAcceptedOfMeters(meterIds));
    }

    private static Map<Long, LastReading> newestOf(java.util.List<Reading> found) {
        var newest = new HashMap<Long, Reading>();
        found.forEach(r -> newest.merge(
                r.meterId(), r, (a, b) -> Comparator.comparing(Reading::id).compare(a, b) >= 0 ? a : b));
        var result = new HashMap<Long, LastReading>();
        newest.forEach((meterId, r) -> result.put(
                meterId, new LastReading(r.shownValuesByZone(), r.status().name(), r.submittedAt())));
        return result;
    }
}
