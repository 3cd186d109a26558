package dev.kabinet.billing.accounts.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kabinet.billing.accounts.AccountChargeLine;
import dev.kabinet.billing.accounts.BilledService;
import dev.kabinet.billing.accounts.ChargeKind;
import dev.kabinet.platform.messaging.IncomingEvent.MalformedEvent;
import dev.kabinet.platform.test.EventContracts;
import dev.kabinet.platform.test.GoldenEvent;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("BO-1 billing reads account.AccountChanged.v1 as the contract defines it (BL-1, #7)")
class AccountChangedV1ContractTest {

    final JsonMapper json = JsonMapper.builder().build();

    AccountChangedV1 read(String payload) {
        return json.readValue(payload, AccountChangedV1.class);
    }

    @Test
    void theGoldenExampleDeserialisesIntoBillingsRecord() {
        var account = read(EventContracts.goldenExample(AccountChangedV1.TYPE)).toBilledAccount();

        assertThat(account.accountNumber()).isEqualTo("1000000011");
        assertThat(account.sequence()).isEqualTo(3);
        assertThat(account.closed()).isFalse();
        assertThat(account.closedOn()).isNull();
        assertThat(account.flatArea()).isEqualByComparingTo("54.30");
        assertThat(account.houseArea()).isEqualByComparingTo("3120.50");
        assertThat(account.residents()).isEqualTo(3);
        assertThat(account.services())
                .containsExactlyInAnyOrder(
                        BilledService.ELECTRICITY, BilledService.GAS, BilledService.GAS_EQUIPMENT_MAINTENANCE);
        assertThat(account.chargeLines())
                .containsExactly(
                        new AccountChargeLine(
                                "EL", BilledService.ELECTRICITY, ChargeKind.CONSUMPTION, "Электроэнергия"),
                        new AccountChargeLine(
                                "EL_ODN", BilledService.ELECTRICITY, ChargeKind.COMMON_HOUSE, "Электроэнергия ОДН"),
                        new AccountChargeLine("EL_PENALTY", BilledService.ELECTRICITY, ChargeKind.PENALTY, "Пени"),
                        new AccountChargeLine("GAS", BilledService.GAS, ChargeKind.CONSUMPTION, "Природный газ"),
                        new AccountChargeLine(
                                "VDGO", BilledService.GAS_EQUIPMENT_MAINTENANCE, ChargeKind.MAINTENANCE, "ВДГО"));
    }

    @Test
    void aClosedAccountWithoutAreasReads() {
        var account = read(GoldenEvent.of(AccountChangedV1.TYPE)
                        .with("closed", true)
                        .with("closedOn", "2026-11-25")
                        .without("flatArea")
                        .without("houseArea")
                        .without("residents")
                        .json())
                .toBilledAccount();

        assertThat(account.closedOn()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(account.flatArea()).isNull();
        assertThat(account.residents()).isNull();
        assertThat(account.chargesReadingsOf(LocalDate.of(2026, 11, 25))).isTrue();
        assertThat(account.chargesReadingsOf(LocalDate.of(2026, 11, 26))).isFalse();
    }

    @Test
    void aChargeLineOfAServiceNotOnTheAccountIsAnInvalidRecord() {
        var event = read(GoldenEvent.of(AccountChangedV1.TYPE)
                .with("services", List.of("ELECTRICITY"))
                .with(
                        "chargeLines",
                        List.of(Map.of("code", "GAS", "service", "GAS", "kind", "CONSUMPTION", "name", "Газ")))
                .json());

        assertThatThrownBy(event::toBilledAccount)
                .isInstanceOf(MalformedEvent.class)
                .hasMessage("invalid-record: /chargeLines/0/service not on the account");
    }

    @Test
    void aChargeLineCodeListedTwiceIsAnInvalidRecord() {
        var line = Map.of("code", "EL", "service", "ELECTRICITY", "kind", "CONSUMPTION", "name", "Электроэнергия");
        var event = read(GoldenEvent.of(AccountChangedV1.TYPE)
                .with("chargeLines", List.of(line, line))
                .json());

        assertThatThrownBy(event::toBilledAccount)
                .isInstanceOf(MalformedEvent.class)
                .hasMessage("invalid-record: /chargeLines/1/code repeated");
    }
}
