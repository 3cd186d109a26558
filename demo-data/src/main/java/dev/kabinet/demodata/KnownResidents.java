package dev.kabinet.demodata;

import dev.kabinet.demodata.AccountUpsertedV1.ChargeLine;
import dev.kabinet.demodata.AccountUpsertedV1.Meter;
import dev.kabinet.demodata.AccountUpsertedV1.Preferences;
import java.util.List;

/**
 * The accounts of the demo logins (local-stack/keycloak/realm-kabinet.json): ivanova's two flats in Moscow
 * ({@code 1000000011}, {@code 1000000012}) and petrov's flat in Tver ({@code 2000000021}), with the meters metering's
 * demo seed has (ids 101, 102, 201). The end-to-end tests and the README's demo rely on these values: change them
 * together with {@link #REVISION}, or account-service keeps the old ones.
 */
public final class KnownResidents {

    /**
     * The revision of these records. account-service applies a record only when its revision is above the one it
     * holds, so re-sending them on every start changes nothing; raise it when a value below changes.
     */
    public static final long REVISION = 1;

    /** When the back office last changed them. */
    public static final String CHANGED_AT = "2026-11-01T06:00:00Z";

    private static final Preferences EMAIL_INFORMING = new Preferences(false, true, "PAPER");
    private static final ChargeLine EL = new ChargeLine("EL", "ELECTRICITY", "CONSUMPTION", "Электроэнергия");
    private static final ChargeLine EL_ODN =
            new ChargeLine("EL_ODN", "ELECTRICITY", "COMMON_HOUSE", "Электроэнергия ОДН");
    private static final ChargeLine EL_PENALTY = new ChargeLine("EL_PENALTY", "ELECTRICITY", "PENALTY", "Пени");

    private KnownResidents() {}

    /** The three records, in account-number order. */
    public static List<AccountUpsertedV1> accounts() {
        return List.of(
                new AccountUpsertedV1(
                        "1000000011",
                        REVISION,
                        CHANGED_AT,
                        "Иванова Анна Сергеевна",
                        "г. Москва, ул. Лесная, д. 5, кв. 12",
                        "12",
                        "54.30",
                        "3120.50",
                        2,
                        3,
                        "+79160000011",
                        "ivanova@kabinet.local",
                        EMAIL_INFORMING,
                        List.of("ELECTRICITY"),
                        List.of(EL, EL_ODN, EL_PENALTY),
                        List.of(new Meter(
                                101, "ЭМ-101-2019", "ELECTRICITY", List.of("T1"), 6, 1, "2035-06-30", false, false))),
                new AccountUpsertedV1(
                        "1000000012",
                        REVISION,
                        CHANGED_AT,
                        "Иванова Анна Сергеевна",
                        "г. Москва, ул. Лесная, д. 5, кв. 14",
                        "14",
                        "38.10",
                        "3120.50",
                        1,
                        1,
                        "+79160000011",
                        "ivanova@kabinet.local",
                        EMAIL_INFORMING,
                        List.of("ELECTRICITY"),
                        List.of(EL, EL_ODN, EL_PENALTY),
                        List.of(new Meter(
                                102,
                                "ЭМ-102-2021",
                                "ELECTRICITY",
                                List.of("T1", "T2"),
                                6,
                                1,
                                "2037-03-31",
                                false,
                                false))),
                new AccountUpsertedV1(
                        "2000000021",
                        REVISION,
                        CHANGED_AT,
                        "Петров Пётр Иванович",
                        "г. Тверь, пр. Мира, д. 3, кв. 7",
                        "7",
                        "61.70",
                        "2450.00",
                        3,
                        4,
                        "+79040000021",
                        "petrov@kabinet.local",
                        EMAIL_INFORMING,
                        List.of("ELECTRICITY"),
                        List.of(EL, EL_PENALTY),
                        List.of(new Meter(
                                201, "ЭМ-201-2018", "ELECTRICITY", List.of("T1"), 5, 0, "2034-09-30", false, false))));
    }
}
