package dev.kabinet.billing.readings.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kabinet.billing.tariffs.TariffZone;
import dev.kabinet.billing.tariffs.UtilityService;
import dev.kabinet.platform.messaging.IncomingEvent.MalformedEvent;
import dev.kabinet.platform.test.EventContracts;
import dev.kabinet.platform.test.GoldenEvent;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("MT-7 billing reads metering.ReadingSubmitted.v1 as the contract defines it")
class ReadingSubmittedV1ContractTest {

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theGoldenExampleDeserialisesIntoBillingsRecord() {
        var event = json.readValue(EventContracts.goldenExample(ReadingSubmittedV1.TYPE), ReadingSubmittedV1.class);

        var reading = event.toSubmittedReading();
        assertThat(reading.readingId()).isEqualTo(UUID.fromString("5f0c7a52-1b7e-4c1e-9a55-6e2d7f3c9b10"));
        assertThat(reading.accountNumber()).isEqualTo("1000000012");
        assertThat(reading.meterId()).isEqualTo(102);
        assertThat(reading.service()).isEqualTo(UtilityService.ELECTRICITY);
        assertThat(reading.values()).containsOnlyKeys(TariffZone.T1, TariffZone.T2);
        assertThat(reading.values().get(TariffZone.T1)).isEqualByComparingTo("5012.5");
        assertThat(reading.previousValues().get(TariffZone.T2)).isEqualByComparingTo("2000.0");
        assertThat(reading.submittedAt()).isEqualTo(Instant.parse("2026-11-22T09:15:30.123Z"));
    }

    @Test
    @DisplayName("MT-7 the optional rollover flag and digit capacity are read; absent, as earlier producers sent it")
    void readsTheOptionalRolloverAndDigitCapacity() {
        var golden = json.readValue(EventContracts.goldenExample(ReadingSubmittedV1.TYPE), ReadingSubmittedV1.class)
                .toSubmittedReading();
        assertThat(golden.rollover()).isFalse();
        assertThat(golden.digitCapacity()).isEqualTo(6);

        var rollover = json.readValue(
                        GoldenEvent.of(ReadingSubmittedV1.TYPE)
                                .with("rollover", true)
                                .with("digitCapacity", 5)
                                .json(),
                        ReadingSubmittedV1.class)
                .toSubmittedReading();
        assertThat(rollover.rollover()).isTrue();
        assertThat(rollover.digitCapacity()).isEqualTo(5);

        var earlier = json.readValue(
                        GoldenEvent.of(ReadingSubmittedV1.TYPE)
                                .without("period")
                                .without("outsideWindow")
                                .without("rollover")
                                .without("forReview")
                                .without("digitCapacity")
                                .json(),
                        ReadingSubmittedV1.class)
                .toSubmittedReading();
        assertThat(earlier.rollover()).isFalse();
        assertThat(earlier.digitCapacity()).isNull();
    }

    @Test
    void aFirstReadingHasNoPreviousValues() {
        var event = json.readValue(
                GoldenEvent.of(ReadingSubmittedV1.TYPE)
                        .with("previousValues", Map.of())
                        .json(),
                ReadingSubmittedV1.class);

        assertThat(event.toSubmittedReading().previousValues()).isEmpty();
    }

    @Test
    void anEventWithoutARequiredFieldIsMalformed() {
        var event = json.readValue("{\"readingId\":\"" + UUID.randomUUID() + "\"}", ReadingSubmittedV1.class);

        assertThatThrownBy(event::toSubmittedReading).isInstanceOf(MalformedEvent.class);
    }

    @Test
    void anUnknownZoneIsMalformed() {
        var event = json.readValue(
                GoldenEvent.of(ReadingSubmittedV1.TYPE)
                        .without("values.T2")
                        .with("values.T9", "2004.0")
                        .json(),
                ReadingSubmittedV1.class);

        assertThatThrownBy(event::toSubmittedReading).isInstanceOf(MalformedEvent.class);
    }

    @Test
    void aValueThatIsNoNumberFailsToDeserialise() {
        assertThatThrownBy(() -> json.readValue(
                        GoldenEvent.of(ReadingSubmittedV1.TYPE)
                                .with("values.T1", "пять")
                                .json(),
                        ReadingSubmittedV1.class))
                .isInstanceOf(JacksonException.class);
        assertThatThrownBy(() -> json.readValue("not json {", ReadingSubmittedV1.class))
                .isInstanceOf(JacksonException.class);
    }
}
