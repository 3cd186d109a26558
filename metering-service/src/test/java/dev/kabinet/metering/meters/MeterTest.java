package dev.kabinet.metering.meters;

import static dev.kabinet.metering.meters.MeterBuilder.aSingleZoneMeter;
import static dev.kabinet.metering.meters.MeterBuilder.aThreeZoneMeter;
import static dev.kabinet.metering.meters.MeterBuilder.aTwoZoneMeter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kabinet.platform.problem.DomainProblem;
import dev.kabinet.platform.problem.FieldProblem;
import dev.kabinet.platform.problem.ProblemMessages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("MT-2 a meter checks what a resident typed")
class MeterTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void readsValuesWithTheMetersDecimals() {
        var checked = aSingleZoneMeter().build().check(Map.of("T1", "12346"));

        assertThat(checked.valid()).isTrue();
        assertThat(checked.values()).containsExactly(Map.entry(Zone.T1, new BigDecimal("12346.0")));
    }

    @Test
    void acceptsTheCommaResidentsType() {
        var checked = aSingleZoneMeter().build().check(Map.of("T1", "12346,5"));

        assertThat(checked.values()).containsEntry(Zone.T1, new BigDecimal("12346.5"));
    }

    @Test
    void acceptsLeadingZerosAsTheDisplayShowsThem() {
        assertThat(aSingleZoneMeter().build().check(Map.of("T1", "000123.4")).valid())
                .isTrue();
    }

    @Test
    void refusesReadingWiderThanDigitCapacity() {
        var checked = aSingleZoneMeter().digits(6, 1).build().check(Map.of("T1", "1234567.0"));

        assertThat(inRussian(checked.problems()))
                .containsExactly(Map.entry(
                        "values.T1", "Показание может иметь не больше 6 цифр до запятой, как на табло счётчика."));
    }

    @Test
    void namesTheLimitInTheRightForm() {
        var checked = aSingleZoneMeter().digits(1, 0).build().check(Map.of("T1", "12"));

        assertThat(ProblemMessages.russian(checked.problems().getFirst())).contains("не больше 1 цифры до запятой");
    }

    @Test
    void refusesTooManyDecimals() {
        var checked = aSingleZoneMeter().digits(6, 1).build().check(Map.of("T1", "12345.67"));

        assertThat(inRussian(checked.problems()))
                .containsExactly(Map.entry("values.T1", "Показание может иметь не больше 1 знака после запятой."));
    }

    @Test
    void refusesDecimalsOnAWholeNumberMeter() {
        var checked = aSingleZoneMeter().digits(5, 0).build().check(Map.of("T1", "4321.5"));

        assertThat(ProblemMessages.russian(checked.problems().getFirst())).contains("без дробной части");
    }

    @Test
    void toleratesTrailingZerosBeyondTheDecimals() {
        var checked = aSingleZoneMeter().digits(5, 0).build().check(Map.of("T1", "4322.00"));

        assertThat(checked.values()).containsEntry(Zone.T1, new BigDecimal("4322"));
    }

    @Test
    void refusesNegativeValues() {
        var checked = aSingleZoneMeter().build().check(Map.of("T1", "-1"));

        assertThat(ProblemMessages.russian(checked.problems().getFirst()))
                .isEqualTo("Показание не может быть отрицательным.");
    }

    @Test
    void refusesWhatIsNotANumber() {
        for (var text : List.of("abc", "1e5", "12.3.4", "0x10", "1 000", "NaN", "5.")) {
            var checked = aSingleZoneMeter().build().check(Map.of("T1", text));
            assertThat(checked.problems())
                    .as(text)
                    .singleElement()
                    .extracting(ProblemMessages::russian)
                    .asString()
                    .startsWith("Введите показание числом");
        }
    }

    @Test
    void refusesAHugeValueWithoutReadingIt() {
        var checked = aSingleZoneMeter().build().check(Map.of("T1", "9".repeat(1000)));

        assertThat(ProblemMessages.russian(checked.problems().getFirst())).contains("не больше 6 цифр");
    }

    @Test
    void requiresEveryZoneOfTheMeter() {
        var checked = aThreeZoneMeter().build().check(Map.of("T2", "10.0"));

        assertThat(checked.problems()).extracting(FieldProblem::field).containsExactly("values.T1", "values.T3");
        assertThat(ProblemMessages.russian(checked.problems().getFirst())).isEqualTo("Укажите показание по шкале T1.");
    }

    @Test
    void refusesZonesTheMeterDoesNotHave() {
        var checked = aSingleZoneMeter().build().check(Map.of("T1", "1.0", "T2", "2.0", "X", "3"));

        assertThat(checked.problems()).extracting(FieldProblem::field).containsExactly("values.T2", "values.X");
        assertThat(ProblemMessages.russian(checked.problems().getFirst()))
                .isEqualTo("У этого счётчика нет шкалы T2: у него одна шкала T1.");
    }

    @Test
    void reportsEveryProblemAtOnce() {
        var checked = aTwoZoneMeter().build().check(Map.of("T1", "1234567", "T2", "1.23"));

        assertThat(checked.problems()).extracting(FieldProblem::field).containsExactly("values.T1", "values.T2");
    }

    @Test
    void refusesManualReadingOfSmartMeter() {
        var meter = aSingleZoneMeter().remotelyRead().build();

        assertThatThrownBy(() -> meter.checkTakesManualReadings(TODAY))
                .isInstanceOf(ManualReadingRefused.class)
                .satisfies(e -> assertThat(ProblemMessages.russianDetail((DomainProblem) e))
                        .contains("передаёт показания автоматически"))
                .extracting(e -> ((DomainProblem) e).slug())
                .isEqualTo("meter-remotely-read");
    }

    @Test
    void refusesReadingsOfAMeterPastItsVerification() {
        var meter = aSingleZoneMeter().verificationDue(TODAY.minusDays(1)).build();

        assertThatThrownBy(() -> meter.checkTakesManualReadings(TODAY))
                .isInstanceOf(ManualReadingRefused.class)
                .satisfies(e -> assertThat(ProblemMessages.russianDetail((DomainProblem) e))
                        .contains("Срок поверки"))
                .satisfies(e -> assertThat(ProblemMessages.russianDetail((DomainProblem) e))
                        .contains("21.11.2026"))
                .satisfies(e -> assertThat(ProblemMessages.russianDetail((DomainProblem) e))
                        .contains("Закажите поверку"));
    }

    @Test
    void takesReadingsOnTheVerificationDueDate() {
        var meter = aSingleZoneMeter().verificationDue(TODAY).build();

        assertThatCode(() -> meter.checkTakesManualReadings(TODAY)).doesNotThrowAnyException();
    }

    @Test
    void refusesReadingsOfARetiredMeter() {
        var meter = aSingleZoneMeter().retired().build();

        assertThatThrownBy(() -> meter.checkTakesManualReadings(TODAY))
                .isInstanceOf(ManualReadingRefused.class)
                .satisfies(e -> assertThat(ProblemMessages.russianDetail((DomainProblem) e))
                        .contains("выведен из эксплуатации"));
    }

    @Test
    void recognisesARolloverOnlyFromTheTopTenthToTheBottomTenth() {
        var meter = aSingleZoneMeter().digits(6, 1).build();

        assertThat(meter.isRollover(new BigDecimal("999950.0"), new BigDecimal("120.0")))
                .isTrue();
        assertThat(meter.isRollover(new BigDecimal("900000.0"), new BigDecimal("99999.9")))
                .isTrue();
        assertThat(meter.isRollover(new BigDecimal("899999.9"), new BigDecimal("120.0")))
                .isFalse();
        assertThat(meter.isRollover(new BigDecimal("999950.0"), new BigDecimal("100000.0")))
                .isFalse();
        assertThat(meter.isRollover(new BigDecimal("12345.6"), new BigDecimal("12345.5")))
                .isFalse();
    }

    @Test
    void refusesAnImpossibleMeter() {
        assertThatThrownBy(() -> aSingleZoneMeter().zones(Zone.T2).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> aSingleZoneMeter().digits(10, 0).build()).isInstanceOf(IllegalArgumentException.class);
    }

    /** The field problems as a resident reads them: field and Russian message. */
    @Test
    @DisplayName("BO-1 a meter takes the back office's facts as they change, the retired flag both ways (#7)")
    void takesTheBackOfficesFacts() {
        var meter = aSingleZoneMeter().id(7).build();
        var facts = new RegisteredMeter(
                7, "ЭМ-НОВЫЙ", UtilityService.ELECTRICITY, List.of(Zone.T1, Zone.T2), 5, 0, null, true, true);

        meter.changeTo("1000000012", facts);

        assertThat(meter.accountNumber()).isEqualTo("1000000012");
        assertThat(meter.serialNumber()).isEqualTo("ЭМ-НОВЫЙ");
        assertThat(meter.zones()).containsExactly(Zone.T1, Zone.T2);
        assertThat(meter.digitCapacity()).isEqualTo(5);
        assertThat(meter.decimals()).isZero();
        assertThat(meter.verificationDue()).isNull();
        assertThat(meter.remote()).isTrue();
        assertThat(meter.retired()).isTrue();
        assertThatThrownBy(() -> meter.checkTakesManualReadings(LocalDate.of(2026, 11, 29)))
                .isInstanceOf(ManualReadingRefused.class);

        meter.changeTo(
                "1000000012",
                new RegisteredMeter(
                        7, "ЭМ-НОВЫЙ", UtilityService.ELECTRICITY, List.of(Zone.T1), 6, 1, null, false, false));
        assertThatCode(() -> meter.checkTakesManualReadings(LocalDate.of(2026, 11, 29)))
                .as("back in service")
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> meter.changeTo(
                        "1000000012",
                        new RegisteredMeter(8, "X", UtilityService.GAS, List.of(Zone.T1), 5, 3, null, false, false)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Map.Entry<String, String>> inRussian(List<FieldProblem> problems) {
        return problems.stream()
                .map(p -> Map.entry(p.field(), ProblemMessages.russian(p)))
                .toList();
    }

    @Test
    @DisplayName("MT-1 a retired, remotely read or overdue meter says why it takes no form; a working one takes it")
    void saysWhyItTakesNoReadingFromTheResident() {
        assertThat(aSingleZoneMeter().build().manualReadingRefusal(TODAY)).isEmpty();
        assertThat(aSingleZoneMeter().retired().build().manualReadingRefusal(TODAY))
                .contains(ManualReadingRefusal.RETIRED);
        assertThat(aSingleZoneMeter().remotelyRead().build().manualReadingRefusal(TODAY))
                .contains(ManualReadingRefusal.REMOTELY_READ);
        assertThat(aSingleZoneMeter()
                        .verificationDue(TODAY.minusDays(1))
                        .build()
                        .manualReadingRefusal(TODAY))
                .contains(ManualReadingRefusal.VERIFICATION_OVERDUE);
        assertThat(aSingleZoneMeter().verificationDue(TODAY).build().manualReadingRefusal(TODAY))
                .isEmpty();
    }

    @Test
    @DisplayName("MT-2 consumption wraps on a rollover and is the difference otherwise")
    void measuresConsumptionAcrossARollover() {
        var meter = aSingleZoneMeter().digits(6, 1).build();

        assertThat(meter.consumption(new BigDecimal("999950.0"), new BigDecimal("120.5")))
                .isEqualByComparingTo("170.5");
        assertThat(meter.consumption(new BigDecimal("100.0"), new BigDecimal("120.5")))
                .isEqualByComparingTo("20.5");
        assertThat(meter.consumption(new BigDecimal("500000.0"), new BigDecimal("120.5")))
                .isEqualByComparingTo("0");
    }
}
