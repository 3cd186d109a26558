package dev.kabinet.metering.readings;

import static dev.kabinet.metering.meters.MeterBuilder.aSingleZoneMeter;
import static dev.kabinet.metering.meters.MeterBuilder.aTwoZoneMeter;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.metering.meters.Meter;
import dev.kabinet.metering.meters.Zone;
import dev.kabinet.metering.system.MeteringProperties.Plausibility;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("MT-2 an implausibly high consumption against the meter's history is accepted for review, not refused")
class ConsumptionReviewTest {

    static final Plausibility FIVE_TIMES = new Plausibility(new BigDecimal("5"), 6, 3);
    static final Instant START = Instant.parse("2026-01-20T09:00:00Z");

    /** Accepted monthly readings with these values (oldest first), returned newest first as metering reads them. */
    static List<Reading> history(Meter meter, String... t1) {
        var readings = new ArrayList<Reading>();
        for (int i = 0; i < t1.length; i++) {
            var at = START.plus(30L * i, ChronoUnit.DAYS);
            var reading = Reading.submit(meter, Map.of("T1", t1[i]), null, at, LocalDate.of(2026, 1, 1));
            reading.accept(at);
            readings.addFirst(reading);
        }
        return readings;
    }

    @Test
    @DisplayName("MT-2 more than 5× the average of the last periods is held for review with the numbers")
    void holdsMoreThanFiveTimesTheAverageForReview() {
        var meter = aSingleZoneMeter().digits(6, 1).build();
        var past = history(meter, "1000.0", "1100.0", "1200.0", "1300.0"); // 100 a month

        var review = ConsumptionReview.of(meter, Map.of(Zone.T1, new BigDecimal("1800.1")), past, FIVE_TIMES);

        assertThat(review).hasValueSatisfying(r -> {
            assertThat(r.zone()).isEqualTo(Zone.T1);
            assertThat(r.consumption()).isEqualByComparingTo("500.1");
            assertThat(r.average()).isEqualByComparingTo("100.0");
            assertThat(r.factor()).isEqualByComparingTo("5");
        });
    }

    @Test
    @DisplayName("MT-2 exactly 5× the average is plausible")
    void fiveTimesIsPlausible() {
        var meter = aSingleZoneMeter().digits(6, 1).build();
        var past = history(meter, "1000.0", "1100.0", "1200.0", "1300.0");

        assertThat(ConsumptionReview.of(meter, Map.of(Zone.T1, new BigDecimal("1800.0")), past, FIVE_TIMES))
                .isEmpty();
    }

    @Test
    @DisplayName("MT-2 with fewer than 3 periods of history there is nothing to compare with")
    void needsEnoughHistory() {
        var meter = aSingleZoneMeter().digits(6, 1).build();
        var past = history(meter, "1000.0", "1100.0", "1200.0");

        assertThat(ConsumptionReview.of(meter, Map.of(Zone.T1, new BigDecimal("9000.0")), past, FIVE_TIMES))
                .isEmpty();
    }

    @Test
    @DisplayName("MT-2 only the last 6 periods make the average; each scale is compared on its own")
    void averagesTheLastPeriodsPerScale() {
        var meter = aTwoZoneMeter().digits(6, 1).build();
        var past = new ArrayList<Reading>();
        for (int i = 0; i < 9; i++) {
            var at = START.plus(30L * i, ChronoUnit.DAYS);
            // T1: 1000 a month for the first two months, then 10 a month; T2: always 50
            var t1 = i <= 2 ? 1000 * i : 2000 + 10 * (i - 2);
            var reading = Reading.submit(
                    meter, Map.of("T1", t1 + ".0", "T2", (50 * i) + ".0"), null, at, LocalDate.of(2026, 1, 1));
            reading.accept(at);
            past.addFirst(reading);
        }
        // newest: T1 2070.0, T2 400.0
        var review = ConsumptionReview.of(
                meter, Map.of(Zone.T1, new BigDecimal("2121.0"), Zone.T2, new BigDecimal("410.0")), past, FIVE_TIMES);

        assertThat(review).hasValueSatisfying(r -> {
            assertThat(r.zone()).isEqualTo(Zone.T1);
            assertThat(r.average()).isEqualByComparingTo("10.0");
        });
    }

    @Test
    @DisplayName("MT-2 a confirmed rollover is compared by its wrapped consumption")
    void comparesARolloverByItsWrappedConsumption() {
        var meter = aSingleZoneMeter().digits(6, 1).build();
        var past = history(meter, "999600.0", "999700.0", "999800.0", "999900.0");

        assertThat(ConsumptionReview.of(meter, Map.of(Zone.T1, new BigDecimal("50.0")), past, FIVE_TIMES))
                .isEmpty();
        assertThat(ConsumptionReview.of(meter, Map.of(Zone.T1, new BigDecimal("9000.0")), past, FIVE_TIMES))
                .hasValueSatisfying(r -> assertThat(r.consumption()).isEqualByComparingTo("9100.0"));
    }
}
