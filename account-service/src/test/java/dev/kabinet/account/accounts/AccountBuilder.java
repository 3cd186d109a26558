package dev.kabinet.account.accounts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Test data: accounts and the back office's records of them, with sensible defaults ({@link #anAccount()}) or as the
 * demo residents have them (the demo back office sends them on ./kabinet up; tests build their own). {@link #record()}
 * gives the record, {@link #build()} the account opened from it.
 */
public final class AccountBuilder {

    static final Instant CHANGED_AT = Instant.parse("2026-11-20T08:00:00Z");

    private String number = "1000000011";
    private long revision = 1;
    private String ownerName = "Владелец Тестовый";
    private String address = "г. Тверь, пр. Мира, д. 1";
    private String flatNumber;
    private BigDecimal totalArea;
    private BigDecimal houseArea;
    private Integer rooms;
    private int residents;
    private String phone;
    private String email;
    private Preferences preferences;
    private Set<UtilityService> services = new LinkedHashSet<>();
    private List<ChargeLine> chargeLines = new ArrayList<>();
    private List<Meter> meters = new ArrayList<>();

    private AccountBuilder() {}

    /** An account of a test owner with no services, no area, no rooms, no residents and no contact. */
    public static AccountBuilder anAccount() {
        return new AccountBuilder();
    }

    /** Electricity with its three lines (consumption, common-house, penalty) and a single-rate meter. */
    public static AccountBuilder anElectricityAccount() {
        return new AccountBuilder()
                .services(UtilityService.ELECTRICITY)
                .chargeLines(
                        ChargeLine.of("EL", UtilityService.ELECTRICITY, ChargeKind.CONSUMPTION, "Электроэнергия"),
                        ChargeLine.of(
                                "EL_ODN", UtilityService.ELECTRICITY, ChargeKind.COMMON_HOUSE, "Электроэнергия ОДН"),
                        ChargeLine.of("EL_PENALTY", UtilityService.ELECTRICITY, ChargeKind.PENALTY, "Пени"))
                .meters(aMeter(101, UtilityService.ELECTRICITY, "T1"));
    }

    /** Ivanova's flat 12 (account 1000000011, electricity), as the demo back office sends it. */
    public static AccountBuilder ivanovasFlat12() {
        return anElectricityAccount()
                .number("1000000011")
                .ownerName("Иванова Анна Сергеевна")
                .address("г. Москва, ул. Лесная, д. 5, кв. 12")
                .flatNumber("12")
                .household(new BigDecimal("54.30"), 2, 3)
                .houseArea(new BigDecimal("3120.50"))
                .contact("+79160000011", "ivanova@kabinet.local");
    }

    /** Ivanova's flat 14 (account 1000000012, electricity, a day/night meter), as the demo back office sends it. */
    public static AccountBuilder ivanovasFlat14() {
        return anElectricityAccount()
                .number("1000000012")
                .ownerName("Иванова Анна Сергеевна")
                .address("г. Москва, ул. Лесная, д. 5, кв. 14")
                .flatNumber("14")
                .household(new BigDecimal("38.10"), 1, 1)
                .houseArea(new BigDecimal("3120.50"))
                .contact("+79160000011", "ivanova@kabinet.local")
                .meters(aMeter(102, UtilityService.ELECTRICITY, "T1", "T2"));
    }

    /** A meter in service with 6 digits and 1 decimal, verification due in 2035. */
    public static Meter aMeter(long id, UtilityService service, String... zones) {
        return Meter.of(id, "СЧ-" + id, service, List.of(zones), 6, 1, LocalDate.parse("2035-06-30"), false, false);
    }

    public AccountBuilder number(String number) {
        this.number = number;
        return this;
    }

    public AccountBuilder revision(long revision) {
        this.revision = revision;
        return this;
    }

    public AccountBuilder ownerName(String ownerName) {
        this.ownerName = ownerName;
        return this;
    }

    public AccountBuilder address(String address) {
        this.address = address;
        return this;
    }

    public AccountBuilder flatNumber(String flatNumber) {
        this.flatNumber = flatNumber;
        return this;
    }

    public AccountBuilder household(BigDecimal totalArea, Integer rooms, int residents) {
        this.totalArea = totalArea;
        this.rooms = rooms;
        this.residents = residents;
        return this;
    }

    public AccountBuilder houseArea(BigDecimal houseArea) {
        this.houseArea = houseArea;
        return this;
    }

    public AccountBuilder contact(String phone, String email) {
        this.phone = phone;
        this.email = email;
        return this;
    }

    public AccountBuilder preferences(Preferences preferences) {
        this.preferences = preferences;
        return this;
    }

    public AccountBuilder services(UtilityService... services) {
        this.services = new LinkedHashSet<>(List.of(services));
        return this;
    }

    public AccountBuilder chargeLines(ChargeLine... chargeLines) {
        this.chargeLines = new ArrayList<>(List.of(chargeLines));
        return this;
    }

    public AccountBuilder meters(Meter... meters) {
        this.meters = new ArrayList<>(List.of(meters));
        return this;
    }

    /** The back office's record of the account. */
    public AccountRecord record() {
        return new AccountRecord(
                number,
                revision,
                CHANGED_AT,
                ownerName,
                address,
                flatNumber,
                totalArea,
                houseArea,
                rooms,
                residents,
                phone,
                email,
                preferences,
                services,
                chargeLines,
                meters);
    }

    /** The account opened from {@link #record()}. */
    public Account build() {
        return Account.open(record(), CHANGED_AT);
    }
}
