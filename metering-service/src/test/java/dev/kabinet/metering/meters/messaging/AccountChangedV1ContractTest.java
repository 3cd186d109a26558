package dev.kabinet.metering.meters.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kabinet.metering.meters.RegisteredMeter;
import dev.kabinet.metering.meters.UtilityService;
import dev.kabinet.metering.meters.Zone;
import dev.kabinet.platform.messaging.IncomingEvent.MalformedEvent;
import dev.kabinet.platform.test.EventContracts;
import dev.kabinet.platform.test.GoldenEvent;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("BO-1 metering reads account.AccountChanged.v1 as the contract defines it (#7)")
class AccountChangedV1ContractTest {

    final JsonMapper json = JsonMapper.builder().build();

    AccountChangedV1 read(String payload) {
        return json.readValue(payload, AccountChangedV1.class);
    }

    @Test
    void theGoldenExampleDeserialisesIntoMeteringsRecord() {
        var change = read(EventContracts.goldenExample(AccountChangedV1.TYPE)).toAccountMeters();

        assertThat(change.accountNumber()).isEqualTo("1000000011");
        assertThat(change.sequence()).isEqualTo(3);
        assertThat(change.closed()).isFalse();
        assertThat(change.meters())
                .containsExactly(
                        new RegisteredMeter(
                                101,
                                "ЭМ-101-2019",
                                UtilityService.ELECTRICITY,
                                List.of(Zone.T1),
                                6,
                                1,
                                LocalDate.of(2035, 6, 30),
                                false,
                                false),
                        new RegisteredMeter(
                                103,
                                "ГС-103-2020",
                                UtilityService.GAS,
                                List.of(Zone.T1),
                                5,
                                3,
                                LocalDate.of(2030, 4, 30),
                                false,
                                false),
                        new RegisteredMeter(
                                99,
                                "ЭМ-099-2009",
                                UtilityService.ELECTRICITY,
                                List.of(Zone.T1, Zone.T2),
                                5,
                                0,
                                null,
                                false,
                                true));
    }

    @Test
    void aClosedAccountWithoutMetersReads() {
        var change = read(GoldenEvent.of(AccountChangedV1.TYPE)
                        .with("closed", true)
                        .with("closedOn", "2026-11-25")
                        .with("meters", List.of())
                        .json())
                .toAccountMeters();

        assertThat(change.closed()).isTrue();
        assertThat(change.meters()).isEmpty();
    }

    @Test
    void aMeterIdListedTwiceIsAnInvalidRecord() {
        var meter = Map.of(
                "id",
                7,
                "serialNumber",
                "A",
                "service",
                "GAS",
                "zones",
                List.of("T1"),
                "digitCapacity",
                5,
                "decimals",
                3,
                "remoteRead",
                false,
                "retired",
                false);
        var event = read(GoldenEvent.of(AccountChangedV1.TYPE)
                .with("meters", List.of(meter, meter))
                .json());

        assertThatThrownBy(event::toAccountMeters)
                .isInstanceOf(MalformedEvent.class)
                .hasMessage("invalid-record: /meters/1/id repeated");
    }

    @Test
    void anEventWithoutARequiredFieldIsMalformed() {
        var event =
                read(GoldenEvent.of(AccountChangedV1.TYPE).without("sequence").json());

        assertThatThrownBy(event::toAccountMeters).isInstanceOf(MalformedEvent.class);
    }
}
