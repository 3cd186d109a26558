package dev.kabinet.account.accounts;

import java.math.BigDecimal;
import java.util.List;

/** The demo residents' accounts as test data (the demo profile, which seeds them, is off in tests). */
public final class AccountFixtures {

    private AccountFixtures() {}

    public static Account ivanovasFlat12() {
        return Account.of(
                "1000000011",
                "Иванова Анна Сергеевна",
                "г. Москва, ул. Лесная, д. 5, кв. 12",
                new BigDecimal("54.30"),
                2,
                3,
                List.of(UtilityService.ELECTRICITY));
    }

    public static Account ivanovasFlat14() {
        return Account.of(
                "1000000012",
                "Иванова Анна Сергеевна",
                "г. Москва, ул. Лесная, д. 5, кв. 14",
                new BigDecimal("38.10"),
                1,
                1,
                List.of(UtilityService.ELECTRICITY));
    }

    public static Account anAccount(String number, UtilityService... services) {
        return Account.of(number, "Владелец Тестовый", "г. Тверь, пр. Мира, д. 1", null, null, 0, List.of(services));
    }
}
