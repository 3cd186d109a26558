package dev.kabinet.metering.meters;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The meters of an account (MT-1). */
@Service
public class Meters {

    private final MeterRepository meters;
    private final LastReadings lastReadings;

    public Meters(MeterRepository meters, LastReadings lastReadings) {
        this.meters = meters;
        this.lastReadings = lastReadings;
    }

    /** Working and retired meters of the account, each with its newest reading; empty when it has none. */
    @Transactional(readOnly = true)
    public List<MeterOverview> ofAccount(String accountNumber) {
        var found = meters.findByAccountNumberOrderByRetiredAscIdAsc(accountNumber);
        if (found.isEmpty()) {
            return List.of();
        }
        var last = lastReadings.of(found.stream().map(Meter::id).toList());
        return found.stream()
                .map(m -> new MeterOverview(m, Optional.ofNullable(last.get(m.id()))))
                .toList();
    }
}
