package dev.kabinet.metering.meters;

import dev.kabinet.metering.system.MeteringProperties;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The meters of an account (MT-1). */
@Service
public class Meters {

    private final MeterRepository meters;
    private final LastReadings lastReadings;

    private final Clock clock;
    private final MeteringProperties properties;

    public Meters(MeterRepository meters, LastReadings lastReadings, Clock clock, MeteringProperties properties) {
        this.meters = meters;
        this.lastReadings = lastReadings;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * Working and retired meters of the account, each with its newest reading, its newest accepted one and why it
     * takes no reading today (retired, read remotely, past verification); empty when it has none.
     */
    @Transactional(readOnly = true)
    public List<MeterOverview> ofAccount(String accountNumber) {
        var found = meters.findByAccountNumberOrderByRetiredAscIdAsc(accountNumber);
        if (found.isEmpty()) {
            return List.of();
        }
        var ids = found.stream().map(Meter::id).toList();
        var last = lastReadings.of(ids);
        var accepted = lastReadings.acceptedOf(ids);
        var today = LocalDate.now(clock.withZone(properties.zone()));
        return found.stream()
                .map(m -> new MeterOverview(
                        m,
                        Optional.ofNullable(last.get(m.id())),
                        Optional.ofNullable(accepted.get(m.id())),
                        m.manualReadingRefusal(today)))
                .toList();
    }
}
