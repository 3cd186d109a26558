package dev.kabinet.metering.meters.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.kabinet.metering.meters.AccountMeters;
import dev.kabinet.metering.meters.RegisteredMeter;
import dev.kabinet.metering.meters.UtilityService;
import dev.kabinet.metering.meters.Zone;
import dev.kabinet.platform.messaging.IncomingEvent.MalformedEvent;
import java.time.LocalDate;
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
        @Nullable List<MeterV1> meters) {

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
        return new AccountMeters(accountNumber, sequence, closed, registered);
    }
}
