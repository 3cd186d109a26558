package dev.kabinet.account.accounts;

import static dev.kabinet.account.accounts.AccountBuilder.anAccount;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.platform.test.EventContracts;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** What account-service publishes on account.accounts is exactly what {@code contracts/} promises its consumers. */
@DisplayName("BO-1 account.AccountChanged.v1 conforms to its contract")
class AccountChangedContractTest {

    static final String TYPE = AccountChangedV1.TYPE;

    private final JsonMapper json = JsonMapper.builder().build();

    private String publish(Account account) {
        return json.writeValueAsString(AccountChangedV1.of(account));
    }

    @Test
    void theGoldenExampleConforms() {
        EventContracts.assertConforms(TYPE, EventContracts.goldenExample(TYPE));
    }

    @Test
    void anAccountWithEverythingConforms() {
        var account = AccountBuilder.ivanovasFlat12()
                .services(UtilityService.ELECTRICITY, UtilityService.GAS, UtilityService.GAS_EQUIPMENT_MAINTENANCE)
                .chargeLines(
                        ChargeLine.of("EL", UtilityService.ELECTRICITY, ChargeKind.CONSUMPTION, "Электроэнергия"),
                        ChargeLine.of("GAS", UtilityService.GAS, ChargeKind.CONSUMPTION, "Природный газ"),
                        ChargeLine.of("VDGO", UtilityService.GAS_EQUIPMENT_MAINTENANCE, ChargeKind.MAINTENANCE, "ВДГО"))
                .meters(
                        AccountBuilder.aMeter(101, UtilityService.ELECTRICITY, "T1", "T2", "T3"),
                        Meter.of(103, "ГС-103", UtilityService.GAS, List.of("T1"), 5, 3, null, true, false))
                .preferences(new Preferences(true, true, BillDelivery.EMAIL))
                .build();

        var payload = publish(account);

        EventContracts.assertConforms(TYPE, payload);
        assertThat(payload)
                .contains("\"flatArea\":\"54.30\"", "\"houseArea\":\"3120.50\"", "\"phone\":\"+79160000011\"")
                .contains("\"zones\":[\"T1\",\"T2\",\"T3\"]", "\"verificationDue\":\"2035-06-30\"")
                .contains("\"changedAt\":\"2026-11-20T08:00:00Z\"", "\"sequence\":1", "\"closed\":false")
                .doesNotContain("null", "closedOn");
    }

    @Test
    void anAccountWithNothingOptionalConforms() {
        var payload = publish(anAccount().build());

        EventContracts.assertConforms(TYPE, payload);
        assertThat(payload).contains("\"contact\":{}").doesNotContain("null");
    }

    @Test
    void aClosedAccountConforms() {
        var account = AccountBuilder.anElectricityAccount()
                .household(new BigDecimal("12.5"), 1, 0)
                .build();
        account.close(2, LocalDate.parse("2026-11-30"), Instant.parse("2026-11-29T10:00:00.123Z"));

        var payload = publish(account);

        EventContracts.assertConforms(TYPE, payload);
        assertThat(payload)
                .contains("\"closed\":true", "\"closedOn\":\"2026-11-30\"", "\"sequence\":2", "\"flatArea\":\"12.50\"");
    }

    @Test
    void theGoldenExampleRoundTripsThroughTheRecord() {
        var golden = EventContracts.goldenExample(TYPE);

        var event = json.readValue(golden, AccountChangedV1.class);

        assertThat(event.meters()).hasSize(3);
        assertThat(json.readTree(json.writeValueAsString(event))).isEqualTo(json.readTree(golden));
    }
}
