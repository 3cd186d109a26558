package dev.kabinet.metering.meters;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One meter as the utility's back office holds it (issue #7; {@code meters[]} of {@code account.AccountChanged.v1}).
 *
 * @param id the utility's registry number of the meter: the id readings refer to
 * @param zones {@code [T1]}, {@code [T1, T2]} or {@code [T1, T2, T3]}
 * @param digitCapacity digits before the decimal point, 1..9
 * @param decimals digits after it, 0..3
 * @param verificationDue when its verification (поверка) is due; null when not tracked
 * @param remote read remotely (a smart meter): takes no manual readings
 * @param retired taken out of service: kept for its history, takes no readings
 */
public record RegisteredMeter(
        long id,
        String serialNumber,
        UtilityService service,
        List<Zone> zones,
        int digitCapacity,
        int decimals,
        @Nullable LocalDate verificationDue,
        boolean remote,
        boolean retired) {

    public RegisteredMeter {
        zones = List.copyOf(zones);
    }
}
