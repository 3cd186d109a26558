package dev.kabinet.metering.meters;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * A common-house (ОДН) meter of the account's house with its monthly volumes (MT-6): the whole house's and the part
 * charged to this account.
 *
 * @param id the utility's registry number of the meter
 * @param volumes newest first
 */
public record CommonHouseMeter(long id, String serialNumber, UtilityService service, List<Volume> volumes) {

    public CommonHouseMeter {
        volumes = List.copyOf(volumes);
    }

    /** One month of a common-house meter: the house's volume and this account's share of it. */
    public record Volume(YearMonth period, BigDecimal houseVolume, BigDecimal accountShare) {}
}
