package dev.kabinet.billing.consumption.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kabinet.billing.tariffs.TariffZone;
import dev.kabinet.platform.messaging.IncomingEvent.MalformedEvent;
import dev.kabinet.platform.test.EventContracts;
import dev.kabinet.platform.test.GoldenEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("BL-2 billing reads metering.ReadingDecided.v1 as the contract defines it")
class ReadingDecidedV1ContractTest {

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theGoldenExampleDeserialisesIntoBillingsRecord() {
        var event = json.readValue(EventContracts.goldenExample(ReadingDecidedV1.TYPE), ReadingDecidedV1.class);

        assertThat(event.accepted()).isTrue();
        assertThat(event.meterId()).isEqualTo(102);
        assertThat(event.submittedAt()).isEqualTo(Instant.parse("2026-11-22T09:15:30.123Z"));
        assertThat(event.zoneValues())
                .isEqualTo(Map.of(TariffZone.T1, new BigDecimal("5012.5"), TariffZone.T2, new BigDecimal("2004.0")));
    }

    @Test
    void aRefusalReadsAndIsNotAccepted() {
        var refused = GoldenEvent.of(ReadingDecidedV1.TYPE)
                .with("status", "REJECTED")
                .with("reasonCode", "CONSUMPTION_TOO_HIGH")
                .with("reason", "Расход выше обычного")
                .json();
        EventContracts.assertConforms(ReadingDecidedV1.TYPE, refused);

        assertThat(json.readValue(refused, ReadingDecidedV1.class).accepted()).isFalse();
    }

    @Test
    void withoutValuesItIsUnreadable() {
        var event = json.readValue(
                GoldenEvent.of(ReadingDecidedV1.TYPE).without("values").json(), ReadingDecidedV1.class);

        assertThatThrownBy(event::zoneValues).isInstanceOf(MalformedEvent.class);
    }
}
