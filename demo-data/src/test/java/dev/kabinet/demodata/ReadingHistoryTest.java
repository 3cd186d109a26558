package dev.kabinet.demodata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kabinet.platform.test.EventContracts;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName(
        "BO-2 the back office's reading history: the demo meters end on the demo's values, generated is deterministic")
class ReadingHistoryTest {

    static ReadingTakenV1 lastOf(List<ReadingTakenV1> history, long meterId) {
        return history.stream()
                .filter(r -> r.meterId() == meterId)
                .reduce((a, b) -> b)
                .orElseThrow();
    }

    @Test
    @DisplayName("BO-2 MT-3 meters 101, 102, 201 get 12 monthly readings ending with the demo's last accepted readings")
    void theDemoMetersEndOnTheDemosValues() {
        var known = ReadingHistory.known();

        assertThat(known).hasSize(36);
        var m101 = lastOf(known, 101);
        assertThat(m101.accountNumber()).isEqualTo("1000000011");
        assertThat(m101.values()).isEqualTo(Map.of("T1", "12345.6"));
        assertThat(Instant.parse(m101.takenAt())).isEqualTo(Instant.parse("2026-10-24T10:00:00+03:00"));
        var m102 = lastOf(known, 102);
        assertThat(m102.values()).containsExactly(Map.entry("T1", "5000.0"), Map.entry("T2", "2000.0"));
        assertThat(Instant.parse(m102.takenAt())).isEqualTo(Instant.parse("2026-10-24T10:05:00+03:00"));
        var m201 = lastOf(known, 201);
        assertThat(m201.accountNumber()).isEqualTo("2000000021");
        assertThat(m201.values()).isEqualTo(Map.of("T1", "4321"));
        assertThat(Instant.parse(m201.takenAt())).isEqualTo(Instant.parse("2026-10-23T18:30:00+03:00"));
        assertThat(known.getFirst().takenAt()).isEqualTo("2025-11-24T07:00:00Z");
        assertThat(known.getFirst().values()).isEqualTo(Map.of("T1", "9591.2"));
    }

    @Test
    @DisplayName("BO-2 every reading conforms to backoffice.ReadingTaken.v1, with a stable id of its own")
    void everyReadingConformsWithAStableId() {
        var generated = ReadingHistory.generated(20261129, new AccountGenerator(20261129).accounts(30))
                .toList();
        var all = new java.util.ArrayList<>(ReadingHistory.known());
        all.addAll(generated);

        all.forEach(r -> EventContracts.assertConforms(ReadingTakenV1.TYPE, r.json()));
        assertThat(all.stream().map(ReadingTakenV1::readingId).distinct()).hasSize(all.size());
        assertThat(ReadingHistory.known().getFirst().readingId())
                .isEqualTo(ReadingTakenV1.idOf(101, "2025-11-24T07:00:00Z"));
    }

    @Test
    @DisplayName(
            "BO-2 the generated history is the same for the same seed, differs for another, and rises month by month")
    void generatedHistoryIsDeterministic() {
        var once = ReadingHistory.generated(7, new AccountGenerator(7).accounts(20))
                .map(ReadingTakenV1::json)
                .toList();
        var again = ReadingHistory.generated(7, new AccountGenerator(7).accounts(20))
                .map(ReadingTakenV1::json)
                .toList();
        var other = ReadingHistory.generated(8, new AccountGenerator(8).accounts(20))
                .map(ReadingTakenV1::json)
                .toList();

        assertThat(once).isEqualTo(again).isNotEqualTo(other);
        var accounts = new AccountGenerator(7).accounts(20).toList();
        var working = accounts.stream()
                .flatMap(a -> a.meters().stream())
                .filter(m -> !m.retired())
                .collect(Collectors.toMap(AccountUpsertedV1.Meter::id, m -> m));
        var perMeter =
                ReadingHistory.generated(7, accounts.stream()).collect(Collectors.groupingBy(ReadingTakenV1::meterId));
        assertThat(perMeter.keySet()).isEqualTo(working.keySet());
        perMeter.forEach((id, history) -> {
            assertThat(history).hasSize(ReadingHistory.MONTHS);
            var meter = working.get(id);
            for (int i = 1; i < history.size(); i++) {
                var before = history.get(i - 1);
                var after = history.get(i);
                assertThat(Instant.parse(after.takenAt())).isAfter(Instant.parse(before.takenAt()));
                after.values().forEach((zone, value) -> {
                    assertThat(new BigDecimal(value))
                            .isGreaterThan(new BigDecimal(before.values().get(zone)));
                    assertThat(new BigDecimal(value).precision() - new BigDecimal(value).scale())
                            .as("fits the display")
                            .isLessThanOrEqualTo(meter.digitCapacity());
                    assertThat(new BigDecimal(value).scale()).isEqualTo(meter.decimals());
                });
            }
        });
    }

    @Test
    @DisplayName("BO-2 the average monthly consumption of a meter's history, per zone")
    void averageMonthly() {
        var m102 =
                ReadingHistory.known().stream().filter(r -> r.meterId() == 102).toList();

        assertThat(ReadingHistory.averageMonthly(m102))
                .containsEntry("T1", new BigDecimal("180.500"))
                .containsEntry("T2", new BigDecimal("95.000"));
    }
}
