package dev.kabinet.metering.meters;

import java.time.LocalDate;
import java.util.List;

/** Test data: meters as the tests need them, with sensible defaults. */
public final class MeterBuilder {

    private long id = 101;
    private String accountNumber = "1000000011";
    private String serialNumber = "ЭМ-101-2019";
    private UtilityService service = UtilityService.ELECTRICITY;
    private List<Zone> zones = List.of(Zone.T1);
    private int digitCapacity = 6;
    private int decimals = 1;
    private boolean remote;
    private LocalDate verificationDue = LocalDate.of(2035, 6, 30);
    private boolean retired;

    private MeterBuilder() {}

    /** Single-rate electricity meter: T1, 6 digits, 1 decimal. */
    public static MeterBuilder aSingleZoneMeter() {
        return new MeterBuilder();
    }

    /** Day/night electricity meter: T1 and T2, 6 digits, 1 decimal. */
    public static MeterBuilder aTwoZoneMeter() {
        return new MeterBuilder().id(102).serialNumber("ЭМ-102-2021").zones(Zone.T1, Zone.T2);
    }

    /** Three-zone electricity meter: T1, T2 and T3, 6 digits, 1 decimal. */
    public static MeterBuilder aThreeZoneMeter() {
        return new MeterBuilder().id(103).serialNumber("ЭМ-103-2022").zones(Zone.T1, Zone.T2, Zone.T3);
    }

    public MeterBuilder id(long id) {
        this.id = id;
        return this;
    }

    public MeterBuilder on(String accountNumber) {
        this.accountNumber = accountNumber;
        return this;
    }

    public MeterBuilder serialNumber(String serialNumber) {
        this.serialNumber = serialNumber;
        return this;
    }

    public MeterBuilder zones(Zone... zones) {
        this.zones = List.of(zones);
        return this;
    }

    public MeterBuilder digits(int digitCapacity, int decimals) {
        this.digitCapacity = digitCapacity;
        this.decimals = decimals;
        return this;
    }

    public MeterBuilder remotelyRead() {
        this.remote = true;
        return this;
    }

    public MeterBuilder verificationDue(LocalDate due) {
        this.verificationDue = due;
        return this;
    }

    public MeterBuilder retired() {
        this.retired = true;
        return this;
    }

    public Meter build() {
        var meter = new Meter(
                id, accountNumber, serialNumber, service, zones, digitCapacity, decimals, remote, verificationDue);
        if (retired) {
            meter.retire();
        }
        return meter;
    }
}
