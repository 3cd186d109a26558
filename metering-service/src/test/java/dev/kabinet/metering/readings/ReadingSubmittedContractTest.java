package dev.kabinet.metering.readings;

import static dev.kabinet.metering.meters.MeterBuilder.aSingleZoneMeter;
import static dev.kabinet.metering.meters.MeterBuilder.aThreeZoneMeter;
import static dev.kabinet.metering.meters.MeterBuilder.aTwoZoneMeter;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.metering.meters.Meter;
import dev.kabinet.platform.test.EventContracts;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The record metering-service publishes is exactly what {@code contracts/} promises its consumers. */
@DisplayName("MT-2 metering.ReadingSubmitted.v1 conforms to its contract")
class ReadingSubmittedContractTest {

    private final JsonMapper json = JsonMapper.builder().build();

    private String publish(Meter meter, Map<String, String> values, Reading previous) {
        var reading = ReadingTest.submit(meter, values, previous);
        return json.writeValueAsString(reading.submitted(meter, previous));
    }

    @Test
    void aSingleZoneReadingConforms() {
        var meter = aSingleZoneMeter().build();
        var payload = publish(meter, Map.of("T1", "12346"), ReadingTest.accepted(meter, Map.of("T1", "12345.6")));

        EventContracts.assertConforms(ReadingSubmittedV1.TYPE, payload);
        assertThat(payload).contains("\"submittedAt\":\"2026-11-22T09:15:30.123Z\"");
    }

    @Test
    void aDayNightReadingConforms() {
        var meter = aTwoZoneMeter().on("1000000012").build();
        var previous = ReadingTest.accepted(meter, Map.of("T1", "5000.0", "T2", "2000.0"));

        EventContracts.assertConforms(
                ReadingSubmittedV1.TYPE, publish(meter, Map.of("T1", "5012.5", "T2", "2004.0"), previous));
    }

    @Test
    void aThreeZoneReadingWithThreeDecimalsConforms() {
        var meter = aThreeZoneMeter().digits(9, 3).build();

        EventContracts.assertConforms(
                ReadingSubmittedV1.TYPE, publish(meter, Map.of("T1", "999999999.999", "T2", "0", "T3", "1.5"), null));
    }

    @Test
    void aFirstReadingWithoutPreviousValuesConforms() {
        var meter = aSingleZoneMeter().digits(5, 0).build();
        var payload = publish(meter, Map.of("T1", "4322"), null);

        EventContracts.assertConforms(ReadingSubmittedV1.TYPE, payload);
        assertThat(payload).contains("\"previousValues\":{}");
    }

    @Test
    void theGoldenExampleRoundTripsThroughTheRecord() {
        var golden = EventContracts.goldenExample(ReadingSubmittedV1.TYPE);

        var event = json.readValue(golden, ReadingSubmittedV1.class);

        assertThat(event.values()).containsEntry("T1", "5012.5");
        EventContracts.assertConforms(ReadingSubmittedV1.TYPE, json.writeValueAsString(event));
        assertThat(json.readTree(json.writeValueAsString(event))).isEqualTo(json.readTree(golden));
    }
}
