package dev.kabinet.metering.meters.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.kabinet.metering.meters.AccountMeters;
import dev.kabinet.metering.meters.CommonHouseMeter;
import dev.kabinet.metering.meters.RegisteredMeter;
import dev.kabinet.metering.meters.UtilityService;
import dev.kabinet.metering.meters.Zone;
import dev.kabinet.platform.messaging.IncomingEvent.MalformedEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Metering's own copy of {@code account.AccountChanged.v1} (contracts/events): only the fields it reads. The golden
 * example of the contract must keep deserialising into it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record AccountChangedV1(
        @Nullable String accountNumber,
        @Nullable Long sequence,
        @Nullable Boolean closed,
        @Nullable List<MeterV1> meters,
        @Nullable List<CommonHouseMeterV1> commonHouseMeters) {

    /**
     * MT-6: what metering reads of the house's common-house (ОДН) meters once account-service publishes them (not in
     * the contract yet: ADR 0025 says what it must carry).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record CommonHouseMeterV1(
            @Nullable Long id,
            @Nullable String serialNumber,
            @Nullable String service,
            @Nullable List<VolumeV1> volumes) {}

    /** One month: {@code period} {@code yyyy-MM}, the house's volume and the account's share, decimal strings. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record VolumeV1(
            @Nullable String period,
            @Nullable String houseVolume,
            @Nullable String accountShare) {}

    static final String TYPE = "account.AccountChanged.v1";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record MeterV1(
            @Nullable Long id,
            @Nullable String serialNumber,
            @Nullable String service,
            @Nullable List<String> zones,
            @Nullable Integer digitCapacity,
            @Nullable Integer decimals,
            @Nullable LocalDate verificationDue,
            @Nullable Boolean remoteRead,
            @Nullable Boolean retired) {}

    /**
     * The change as metering's registry takes it. An event that cannot be one is malformed: dead-lettered at once, never
     * retried; the reason names where and which rule, never a value.
     */
    AccountMeters toAccountMeters() {
        if (accountNumber == null || sequence == null || closed == null || meters == null) {
            throw new MalformedEvent("unreadable: " + TYPE + " without a required field");
        }
        var registered = new ArrayList<RegisteredMeter>();
        var ids = new HashSet<Long>();
        for (int i = 0; i < meters.size(); i++) {
            var meter = meters.get(i);
            if (meter == null
                    || meter.id() == null
                    || meter.serialNumber() == null
                    || meter.service() == null
                    || meter.zones() == null
                    || meter.digitCapacity() == null
                    || meter.decimals() == null
                    || meter.remoteRead() == null
                    || meter.retired() == null) {
                throw new MalformedEvent("unreadable: /meters/" + i + " without a required field");
            }
            if (!ids.add(meter.id())) {
                throw new MalformedEvent("invalid-record: /meters/" + i + "/id repeated");
            }
            try {
                registered.add(new RegisteredMeter(
                        meter.id(),
                        meter.serialNumber(),
                        UtilityService.valueOf(meter.service()),
                        meter.zones().stream().map(Zone::valueOf).toList(),
                        meter.digitCapacity(),
                        meter.decimals(),
                        meter.verificationDue(),
                        meter.remoteRead(),
                        meter.retired()));
            } catch (IllegalArgumentException e) {
                throw new MalformedEvent("invalid-record: /meters/" + i + " unknown service or zone", e);
            }
        }
        return new AccountMeters(accountNumber, sequence, closed, registered, commonHouse());
    }

    private @Nullable List<CommonHouseMeter> commonHouse() {
        if (commonHouseMeters == null) {
            return null;
        }
        var result = new ArrayList<CommonHouseMeter>();
        for (int i = 0; i < commonHouseMeters.size(); i++) {
            var meter = commonHouseMeters.get(i);
            if (meter == null
                    || meter.id() == null
                    || meter.serialNumber() == null
                    || meter.service() == null
                    || meter.volumes() == null) {
                throw new MalformedEvent("unreadable: /commonHouseMeters/" + i + " without a required field");
            }
            try {
                var volumes = new ArrayList<CommonHouseMeter.Volume>();
                for (var volume : meter.volumes()) {
                    if (volume == null
                            || volume.period() == null
                            || volume.houseVolume() == null
                            || volume.accountShare() == null) {
                        throw new MalformedEvent("unreadable: /commonHouseMeters/" + i + "/volumes without a field");
                    }
                    volumes.add(new CommonHouseMeter.Volume(
                            YearMonth.parse(volume.period()),
                            new BigDecimal(volume.houseVolume()),
                            new BigDecimal(volume.accountShare())));
                }
                result.add(new CommonHouseMeter(
                        meter.id(), meter.serialNumber(), UtilityService.valueOf(meter.service()), volumes));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new MalformedEvent(
                        "invalid-record: /commonHouseMeters/" + i + " unknown service or bad number", e);
            }
        }
        return result;
    }
}
