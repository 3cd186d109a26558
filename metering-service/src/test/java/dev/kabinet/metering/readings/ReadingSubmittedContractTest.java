package dev.kabinet.metering.readings;

import static dev.kabinet.metering.meters.MeterBuilder.aSingleZoneMeter;
import static dev.kabinet.metering.meters.MeterBuilder.aThreeZoneMeter;
import static dev.kabinet.metering.meters.MeterBuilder.aTwoZoneMeter;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.metering.meters.Meter;
import dev.kabinet.metering.meters.Zone;
import dev.kabinet.platform.test.EventContracts;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
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
    @DisplayName(
            "MT-7 a confirmed rollover says so and carries the digit capacity, so billing prices the wrapped consumption")
    void aConfirmedRolloverCarriesItsFlagAndTheDigitCapacity() {
        var meter = aSingleZoneMeter().digits(6, 1).build();
        var previous = ReadingTest.accepted(meter, Map.of("T1", "999950.0"));
        var reading = Reading.submit(meter, Map.of("T1", "120.5"), true, previous, ReadingTest.NOW, ReadingTest.TODAY);
        reading.countFor(new SubmissionWindow(15, 25, ZoneId.of("Europe/Moscow"))
                .at(Instant.parse("2026-11-29T09:00:00Z"))); // after the 25th: the next period

        var event = reading.submitted(meter, previous);
        var payload = json.writeValueAsString(event);

        EventContracts.assertConforms(ReadingSubmittedV1.TYPE, payload);
        assertThat(event.rollover()).isTrue();
        assertThat(event.digitCapacity()).isEqualTo(6);
        assertThat(event.period()).isEqualTo("2026-12");
        assertThat(event.outsideWindow()).isTrue();
        assertThat(event.forReview()).isFalse();
    }

    @Test
    @DisplayName("MT-2 a reading held for review says so in the event")
    void aReadingHeldForReviewSaysSo() {
        var meter = aSingleZoneMeter().build();
        var reading =
                ReadingTest.submit(meter, Map.of("T1", "20000"), ReadingTest.accepted(meter, Map.of("T1", "100")));
        reading.holdForReview(
                new ConsumptionReview(Zone.T1, new BigDecimal("19900"), BigDecimal.TEN, BigDecimal.valueOf(5)));

        var payload = json.writeValueAsString(reading.submitted(meter, null));

        EventContracts.assertConforms(ReadingSubmittedV1.TYPE, payload);
        assertThat(payload).contains("\"forReview\":true").contains("\"rollover\":false");
    }

    @Test
    @DisplayName("MT-7 the new fields are optional: an event of an earlier producer, without them, still conforms")
    void anEventWithoutTheOptionalFieldsConforms() {
        var meter = aSingleZoneMeter().build();
        var full = ReadingTest.submit(meter, Map.of("T1", "12346"), null).submitted(meter, null);
        var earlier = new ReadingSubmittedV1(
                full.readingId(),
                full.accountNumber(),
                full.meterId(),
                full.serialNumber(),
                full.service(),
                full.values(),
                full.previousValues(),
                full.channel(),
                full.submittedAt(),
                null,
                null,
                null,
                null,
                null);

        var payload = json.writeValueAsString(earlier);

        EventContracts.assertConforms(ReadingSubmittedV1.TYPE, payload);
        assertThat(payload).doesNotContain("period").doesNotContain("rollover").doesNotContain("digitCapacity");
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
