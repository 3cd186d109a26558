package dev.kabinet.metering.readings;

import static dev.kabinet.metering.meters.MeterBuilder.aSingleZoneMeter;
import static dev.kabinet.metering.meters.MeterBuilder.aTwoZoneMeter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kabinet.metering.meters.ManualReadingRefused;
import dev.kabinet.metering.meters.Meter;
import dev.kabinet.platform.problem.FieldProblem;
import dev.kabinet.platform.problem.ProblemMessages;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("MT-2/MT-3 a reading is checked when submitted and decided once")
class ReadingTest {

    static final Instant NOW = Instant.parse("2026-11-22T09:15:30.123456Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    static Reading submit(Meter meter, Map<String, String> values, Reading previous) {
        return Reading.submit(meter, values, previous, NOW, TODAY);
    }

    static Reading accepted(Meter meter, Map<String, String> values) {
        var reading = Reading.submit(meter, values, null, NOW.minusSeconds(86_400 * 30), TODAY.minusDays(30));
        reading.accept(NOW.minusSeconds(86_400 * 28));
        return reading;
    }

    @Test
    void isInProcessingThroughThePortalOnceSubmitted() {
        var meter = aSingleZoneMeter().build();

        var reading = submit(meter, Map.of("T1", "12346"), accepted(meter, Map.of("T1", "12345.6")));

        assertThat(reading.status()).isEqualTo(ReadingStatus.IN_PROCESSING);
        assertThat(reading.channel()).isEqualTo(Channel.PORTAL);
        assertThat(reading.meterId()).isEqualTo(meter.id());
        assertThat(reading.accountNumber()).isEqualTo("1000000011");
        assertThat(reading.shownValues()).containsExactly(Map.entry("T1", "12346.0"));
        assertThat(reading.submittedAt()).isEqualTo(Instant.parse("2026-11-22T09:15:30.123Z"));
    }

    @Test
    @DisplayName(
            "MT-7 its id is time-ordered (UUID v7) and tells when it was submitted, so billing can tell a fresh id")
    void hasATimeOrderedIdCarryingTheMomentItWasSubmitted() {
        var meter = aSingleZoneMeter().build();

        var earlier = accepted(meter, Map.of("T1", "12345.6"));
        var reading = submit(meter, Map.of("T1", "12346"), earlier);
        var sameMoment = submit(meter, Map.of("T1", "12346"), earlier);

        assertThat(reading.id().version()).isEqualTo(7);
        assertThat(reading.id().variant()).isEqualTo(2);
        assertThat(Instant.ofEpochMilli(reading.id().getMostSignificantBits() >>> 16))
                .isEqualTo(reading.submittedAt())
                .isEqualTo(Instant.parse("2026-11-22T09:15:30.123Z"));
        assertThat(earlier.id()).isLessThan(reading.id());
        assertThat(sameMoment.id()).as("random below the milliseconds").isNotEqualTo(reading.id());
    }

    @Test
    void acceptsTheSameValueAsBefore() {
        var meter = aSingleZoneMeter().build();

        var reading = submit(meter, Map.of("T1", "12345.6"), accepted(meter, Map.of("T1", "12345.6")));

        assertThat(reading.status()).isEqualTo(ReadingStatus.IN_PROCESSING);
    }

    @Test
    void refusesLowerThanPrevious() {
        var meter = aSingleZoneMeter().build();
        var previous = accepted(meter, Map.of("T1", "12345.6"));

        assertThatThrownBy(() -> submit(meter, Map.of("T1", "12345.5"), previous))
                .isInstanceOfSatisfying(ReadingBelowPrevious.class, e -> {
                    assertThat(e.slug()).isEqualTo("reading-below-previous");
                    assertThat(e.previous()).containsExactly(Map.entry("T1", new BigDecimal("12345.6")));
                    // MT-2: numbers in Russian messages are written the Russian way
                    assertThat(ProblemMessages.russianDetail(e)).contains("(T1: 12\u00a0345,6)");
                    assertThat(inRussian(e.errors()))
                            .containsExactly(
                                    Map.entry("values.T1", "Показание меньше предыдущего принятого (12\u00a0345,6)."));
                });
    }

    @Test
    void refusesOnlyTheZoneThatWentDown() {
        var meter = aTwoZoneMeter().build();
        var previous = accepted(meter, Map.of("T1", "5000.0", "T2", "2000.0"));

        assertThatThrownBy(() -> submit(meter, Map.of("T1", "5012.5", "T2", "1999.9"), previous))
                .isInstanceOfSatisfying(ReadingBelowPrevious.class, e -> assertThat(e.errors())
                        .extracting(FieldProblem::field)
                        .containsExactly("values.T2"));
    }

    @Test
    @DisplayName("MT-2 a rollover the resident confirmed is taken, and marked as one")
    void acceptsConfirmedRollover() {
        var meter = aSingleZoneMeter().digits(6, 1).build();
        var previous = accepted(meter, Map.of("T1", "999950.0"));

        var reading = Reading.submit(meter, Map.of("T1", "120.5"), true, previous, NOW, TODAY);

        assertThat(reading.shownValues()).containsEntry("T1", "120.5");
        assertThat(reading.rollover()).isTrue();
    }

    @Test
    @DisplayName("MT-2 a rollover is refused until the resident confirms it, next to the scale that rolled over")
    void refusesUnconfirmedRollover() {
        var meter = aTwoZoneMeter().digits(6, 1).build();
        var previous = accepted(meter, Map.of("T1", "999950.0", "T2", "2000.0"));

        assertThatThrownBy(() -> submit(meter, Map.of("T1", "120.5", "T2", "2001.0"), previous))
                .isInstanceOfSatisfying(ReadingRolloverUnconfirmed.class, e -> {
                    assertThat(e.slug()).isEqualTo("reading-rollover-unconfirmed");
                    assertThat(e.errors())
                            .extracting(FieldProblem::field, FieldProblem::code)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                    "values.T1", "field.reading.rollover-unconfirmed"));
                });
    }

    @Test
    @DisplayName("MT-2 a drop that is no rollover is refused even when the resident says it is one")
    void confirmationDoesNotTurnADropIntoARollover() {
        var meter = aSingleZoneMeter().digits(6, 1).build();
        var previous = accepted(meter, Map.of("T1", "500000.0"));

        assertThatThrownBy(() -> Reading.submit(meter, Map.of("T1", "120.5"), true, previous, NOW, TODAY))
                .isInstanceOf(ReadingBelowPrevious.class);
    }

    @Test
    void refusesADropThatIsNoRollover() {
        var meter = aSingleZoneMeter().digits(6, 1).build();
        var previous = accepted(meter, Map.of("T1", "500000.0"));

        assertThatThrownBy(() -> submit(meter, Map.of("T1", "120.5"), previous))
                .isInstanceOf(ReadingBelowPrevious.class);
    }

    @Test
    void takesTheFirstReadingOfAMeterWithoutPrevious() {
        var reading = submit(aSingleZoneMeter().build(), Map.of("T1", "0"), null);

        assertThat(reading.shownValues()).containsEntry("T1", "0.0");
    }

    @Test
    void reportsFieldProblemsAndDropsTogetherAsInvalid() {
        var meter = aTwoZoneMeter().build();
        var previous = accepted(meter, Map.of("T1", "5000.0", "T2", "2000.0"));

        assertThatThrownBy(() -> submit(meter, Map.of("T1", "4999.0", "T2", "abc"), previous))
                .isInstanceOfSatisfying(ReadingInvalid.class, e -> {
                    assertThat(e.slug()).isEqualTo("reading-invalid");
                    assertThat(e.errors()).extracting(FieldProblem::field).containsExactly("values.T1", "values.T2");
                });
    }

    @Test
    void requiresEveryZoneOfTheMeter() {
        assertThatThrownBy(() -> submit(aTwoZoneMeter().build(), Map.of("T1", "5001.0"), null))
                .isInstanceOfSatisfying(ReadingInvalid.class, e -> assertThat(inRussian(e.errors()))
                        .containsExactly(Map.entry("values.T2", "Укажите показание по шкале T2.")));
    }

    @Test
    void refusesReadingWiderThanDigitCapacity() {
        assertThatThrownBy(() -> submit(aSingleZoneMeter().digits(5, 0).build(), Map.of("T1", "100000"), null))
                .isInstanceOfSatisfying(ReadingInvalid.class, e -> assertThat(e.errors())
                        .singleElement()
                        .extracting(ProblemMessages::russian)
                        .asString()
                        .contains("не больше 5 цифр"));
    }

    @Test
    void refusesManualReadingOfSmartMeter() {
        assertThatThrownBy(() -> submit(aSingleZoneMeter().remotelyRead().build(), Map.of("T1", "1.0"), null))
                .isInstanceOf(ManualReadingRefused.class);
    }

    @Test
    void isDecidedOnlyOnce() {
        var meter = aSingleZoneMeter().build();
        var reading = submit(meter, Map.of("T1", "1.0"), null);
        reading.reject("Показание не совпадает с контрольным", NOW);

        assertThat(reading.status()).isEqualTo(ReadingStatus.REJECTED);
        assertThat(reading.rejectionReason()).isEqualTo("Показание не совпадает с контрольным");
        assertThatThrownBy(() -> reading.accept(NOW)).isInstanceOf(ReadingAlreadyDecided.class);
    }

    @Test
    void announcesItselfWithThePreviousAcceptedValues() {
        var meter = aTwoZoneMeter().on("1000000012").build();
        var previous = accepted(meter, Map.of("T1", "5000.0", "T2", "2000.0"));
        var reading = submit(meter, Map.of("T2", "2004", "T1", "5012.5"), previous);

        var event = reading.submitted(meter, previous);

        assertThat(event.readingId()).isEqualTo(reading.id());
        assertThat(event.accountNumber()).isEqualTo("1000000012");
        assertThat(event.meterId()).isEqualTo(102);
        assertThat(event.serialNumber()).isEqualTo("ЭМ-102-2021");
        assertThat(event.service()).isEqualTo("ELECTRICITY");
        assertThat(event.values()).containsExactly(Map.entry("T1", "5012.5"), Map.entry("T2", "2004.0"));
        assertThat(event.previousValues()).containsExactly(Map.entry("T1", "5000.0"), Map.entry("T2", "2000.0"));
        assertThat(event.channel()).isEqualTo("PORTAL");
        assertThat(event.submittedAt()).isEqualTo(reading.submittedAt());
    }

    @Test
    void announcesAFirstReadingWithNoPreviousValues() {
        var meter = aSingleZoneMeter().build();
        var reading = submit(meter, Map.of("T1", "1.0"), null);

        assertThat(reading.submitted(meter, null).previousValues()).isEmpty();
    }

    /** The field problems as a resident reads them: field and Russian message. */
    private static List<Map.Entry<String, String>> inRussian(List<FieldProblem> problems) {
        return problems.stream()
                .map(p -> Map.entry(p.field(), ProblemMessages.russian(p)))
                .toList();
    }
}
