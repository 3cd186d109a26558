package dev.kabinet.account.accounts;

import java.math.BigDecimal;
import java.util.List;

/**
 * Test data: accounts, with sensible defaults ({@link #anAccount()}) or as the demo residents have them (the demo
 * profile, which seeds them, is off in tests).
 */
public final class AccountBuilder {

    private String number = "1000000011";
    private String ownerName = "Владелец Тестовый";
    private String address = "г. Тверь, пр. Мира, д. 1";
    private BigDecimal totalArea;
    private Integer rooms;
    private int residents;
    private List<UtilityService> services = List.of();

    private AccountBuilder() {}

    /** An account of a test owner with no services, no area, no rooms and no residents. */
    public static AccountBuilder anAccount() {
        return new AccountBuilder();
    }

    /** Ivanova's flat 12 (account 1000000011, electricity), as the demo seeds it. */
    public static AccountBuilder ivanovasFlat12() {
        return new AccountBuilder()
                .number("1000000011")
                .ownerName("Иванова Анна Сергеевна")
                .address("г. Москва, ул. Лесная, д. 5, кв. 12")
                .household(new BigDecimal("54.30"), 2, 3)
                .services(UtilityService.ELECTRICITY);
    }

    /** Ivanova's flat 14 (account 1000000012, electricity), as the demo seeds it. */
    public static AccountBuilder ivanovasFlat14() {
        return new AccountBuilder()
                .number("1000000012")
                .ownerName("Иванова Анна Сергеевна")
                .address("г. Москва, ул. Лесная, д. 5, кв. 14")
                .household(new BigDecimal("38.10"), 1, 1)
                .services(UtilityService.ELECTRICITY);
    }

    public AccountBuilder number(String number) {
        this.number = number;
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

    public AccountBuilder household(BigDecimal totalArea, Integer rooms, int residents) {
        this.totalArea = totalArea;
        this.rooms = rooms;
        this.residents = residents;
        return this;
    }

    public AccountBuilder services(UtilityService... services) {
        this.services = List.of(services);
        return this;
    }

    public Account build() {
        return Account.of(number, ownerName, address, totalArea, rooms, residents, services);
    }
}
