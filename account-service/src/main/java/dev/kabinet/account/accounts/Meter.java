package dev.kabinet.account.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A meter of the account as the back office registers it (BO-1): what metering needs to take its readings. The id is
 * the utility's registry number; zones are {@code T1}, {@code T1,T2} or {@code T1,T2,T3}.
 */
@Embeddable
public class Meter {

    private static final List<String> ZONE_SETS = List.of("T1", "T1,T2", "T1,T2,T3");

    @Column(name = "meter_id", nullable = false)
    private long id;

    @Column(name = "serial_number", nullable = false, length = 40)
    private String serialNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "service", nullable = false, length = 20)
    private UtilityService service;

    @Column(name = "zones", nullable = false, length = 8)
    private String zones;

    @Column(name = "digit_capacity", nullable = false)
    private int digitCapacity;

    @Column(name = "decimals", nullable = false)
    private int decimals;

    @Column(name = "verification_due")
    private @Nullable LocalDate verificationDue;

    @Column(name = "remote_read", nullable = false)
    private boolean remoteRead;

    @Column(name = "retired", nullable = false)
    private boolean retired;

    protected Meter() {}

    private Meter(
            long id,
            String serialNumber,
            UtilityService service,
            List<String> zones,
            int digitCapacity,
            int decimals,
            @Nullable LocalDate verificationDue,
            boolean remoteRead,
            boolean retired) {
        String joined = String.join(",", zones);
        if (id <= 0
                || !ZONE_SETS.contains(joined)
                || digitCapacity < 1
                || digitCapacity > 9
                || decimals < 0
                || decimals > 3) {
            throw new IllegalArgumentException("Not a meter");
        }
        this.id = id;
        this.serialNumber = Objects.requireNonNull(serialNumber, "serialNumber");
        this.service = Objects.requireNonNull(service, "service");
        this.zones = joined;
        this.digitCapacity = digitCapacity;
        this.decimals = decimals;
        this.verificationDue = verificationDue;
        this.remoteRead = remoteRead;
        this.retired = retired;
    }

    /**
     * @param zones {@code [T1]}, {@code [T1, T2]} or {@code [T1, T2, T3]}
     * @param digitCapacity digits before the decimal point, 1..9
     * @param decimals digits after it, 0..3
     */
    public static Meter of(
            long id,
            String serialNumber,
            UtilityService service,
            List<String> zones,
            int digitCapacity,
            int decimals,
            @Nullable LocalDate verificationDue,
            boolean remoteRead,
            boolean retired) {
        return new Meter(
                id, serialNumber, service, zones, digitCapacity, decimals, verificationDue, remoteRead, retired);
    }

    public long id() {
        return id;
    }

    public String serialNumber() {
        return serialNumber;
    }

    public UtilityService service() {
        return service;
    }

    public List<String> zones() {
        return Arrays.asList(zones.split(","));
    }

    public int digitCapacity() {
        return digitCapacity;
    }

    public int decimals() {
        return decimals;
    }

    public @Nullable LocalDate verificationDue() {
        return verificationDue;
    }

    public boolean remoteRead() {
        return remoteRead;
    }

    public boolean retired() {
        return retired;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Meter meter
                && id == meter.id
                && serialNumber.equals(meter.serialNumber)
                && service == meter.service
                && zones.equals(meter.zones)
                && digitCapacity == meter.digitCapacity
                && decimals == meter.decimals
                && Objects.equals(verificationDue, meter.verificationDue)
                && remoteRead == meter.remoteRead
                && retired == meter.retired;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, serialNumber, service, zones);
    }

    @Override
    public String toString() {
        return "Meter[" + id + ", " + service + ", " + zones + "]";
    }
}
