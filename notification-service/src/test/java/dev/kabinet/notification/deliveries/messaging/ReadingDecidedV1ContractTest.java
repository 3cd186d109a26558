package dev.kabinet.notification.deliveries.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kabinet.platform.messaging.IncomingEvent.MalformedEvent;
import dev.kabinet.platform.test.EventContracts;
import dev.kabinet.platform.test.GoldenEvent;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("NT-1 notification reads metering.ReadingDecided.v1 as the contract defines it (MT-3, #11)")
class ReadingDecidedV1ContractTest {

    final JsonMapper json = JsonMapper.builder().build();

    ReadingDecidedV1 read(String payload) {
        return json.readValue(payload, ReadingDecidedV1.class);
    }

    @Test
    void theGoldenExampleDeserialisesIntoNotificationsRecord() {
        var event = read(EventContracts.goldenExample(ReadingDecidedV1.TYPE));

        assertThat(event.accepted()).isTrue();
        assertThat(event.readingId()).isEqualTo(UUID.fromString("5f0c7a52-1b7e-4c1e-9a55-6e2d7f3c9b10"));
        assertThat(event.accountNumber()).isEqualTo("1000000012");
        assertThat(event.meterId()).isEqualTo(102L);
        assertThat(event.values().get("T2").toPlainString()).isEqualTo("2004.0");
        assertThat(event.submittedAt()).isEqualTo(Instant.parse("2026-11-22T09:15:30.123Z"));
    }

    @Test
    void aRefusalCarriesItsReason() {
        var event = read(GoldenEvent.of(ReadingDecidedV1.TYPE)
                .with("status", "REJECTED")
                .with("reasonCode", "CONSUMPTION_TOO_HIGH")
                .with("reason", "Расход выше обычного в 5 раз")
                .json());

        assertThat(event.accepted()).isFalse();
        assertThat(event.reason()).isEqualTo("Расход выше обычного в 5 раз");
    }

    @Test
    void anEventWithoutARequiredFieldOrWithAnUnknownStatusIsMalformed() {
        assertThatThrownBy(() -> read(GoldenEvent.of(ReadingDecidedV1.TYPE)
                                .without("meterId")
                                .json())
                        .accepted())
                .isInstanceOf(MalformedEvent.class);
        assertThatThrownBy(() -> read(GoldenEvent.of(ReadingDecidedV1.TYPE)
                                .with("status", "MAYBE")
                                .json())
                        .accepted())
                .isInstanceOf(MalformedEvent.class);
        assertThatThrownBy(() -> read(GoldenEvent.of(ReadingDecidedV1.TYPE)
                                .with("status", "REJECTED")
                                .json())
                        .accepted())
                .isInstanceOf(MalformedEvent.class);
    }
}
