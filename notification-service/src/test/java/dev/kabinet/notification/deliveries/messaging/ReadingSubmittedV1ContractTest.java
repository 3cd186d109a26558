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
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("NT-1 notification reads metering.ReadingSubmitted.v1 as the contract defines it")
class ReadingSubmittedV1ContractTest {

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theGoldenExampleDeserialisesIntoNotificationsRecord() {
        var reading = json.readValue(EventContracts.goldenExample(ReadingSubmittedV1.TYPE), ReadingSubmittedV1.class)
                .toReceivedReading();

        assertThat(reading.readingId()).isEqualTo(UUID.fromString("5f0c7a52-1b7e-4c1e-9a55-6e2d7f3c9b10"));
        assertThat(reading.accountNumber()).isEqualTo("1000000012");
        assertThat(reading.serialNumber()).isEqualTo("ЭМ-102-2021");
        assertThat(reading.values()).containsOnlyKeys("T1", "T2");
        // the meter's decimals are kept for display ("2004.0", not "2004")
        assertThat(reading.values().get("T2").toPlainString()).isEqualTo("2004.0");
        assertThat(reading.submittedAt()).isEqualTo(Instant.parse("2026-11-22T09:15:30.123Z"));
    }

    @Test
    void anEventWithoutARequiredFieldIsMalformed() {
        var event = json.readValue(
                GoldenEvent.of(ReadingSubmittedV1.TYPE).without("serialNumber").json(), ReadingSubmittedV1.class);

        assertThatThrownBy(event::toReceivedReading).isInstanceOf(MalformedEvent.class);
    }

    @Test
    void somethingThatIsNoJsonFailsToDeserialise() {
        assertThatThrownBy(() -> json.readValue("{\"readingId\": not json", ReadingSubmittedV1.class))
                .isInstanceOf(JacksonException.class);
    }
}
