package dev.kabinet.demodata;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The back office's reading history (BO-2, MT-5): {@value #MONTHS} monthly readings per working meter, one a month,
 * the newest first in time order last, each earlier one lower by the meter's monthly consumption. Deterministic: the
 * demo residents' history ends with exactly the last accepted readings the demo has always had (meter 101 T1 12345.6 on
 * 2026-10-24 10:00 +03, meter 102 T1 5000.0 / T2 2000.0 at 10:05, meter 201 T1 4321 on 2026-10-23 18:30); a generated
 * account's history is made from the generator's seed and the meter id, ending on 2026-10-24. Channels: every third
 * month a controller's visit, the month after an office, else the utility's own records ({@code BACK_OFFICE}).
 */
public final class ReadingHistory {

    /** How many monthly readings each meter gets. */
    public static final int MONTHS = 12;

    /** When the generated accounts' newest readings were taken (Moscow time). */
    public static final OffsetDateTime GENERATED_LAST_TAKEN =
            OffsetDateTime.of(2026, 10, 24, 9, 0, 0, 0, ZoneOffset.ofHours(3));

    private ReadingHistory() {}

    /** The demo residents' history: meters 101, 102 and 201, oldest first per meter. */
    public static List<ReadingTakenV1> known() {
        var all = new ArrayList<ReadingTakenV1>();
        all.addAll(meter(
                "1000000011",
                101,
                Map.of("T1", new BigDecimal("12345.6")),
                Map.of("T1", new BigDecimal("250.4")),
                1,
                OffsetDateTime.of(2026, 10, 24, 10, 0, 0, 0, ZoneOffset.ofHours(3))));
        all.addAll(meter(
                "1000000012",
                102,
                Map.of("T1", new BigDecimal("5000.0"), "T2", new BigDecimal("2000.0")),
                Map.of("T1", new BigDecimal("180.5"), "T2", new BigDecimal("95.0")),
                1,
                OffsetDateTime.of(2026, 10, 24, 10, 5, 0, 0, ZoneOffset.ofHours(3))));
        all.addAll(meter(
                "2000000021",
                201,
                Map.of("T1", new BigDecimal("4321")),
                Map.of("T1", new BigDecimal("150")),
                0,
                OffsetDateTime.of(2026, 10, 23, 18, 30, 0, 0, ZoneOffset.ofHours(3))));
        return all;
    }

    /** The history of the generated accounts, account by account, as {@code accounts} lists their working meters. */
    public static Stream<ReadingTakenV1> generated(long seed, Stream<AccountUpsertedV1> accounts) {
        return accounts.flatMap(account -> account.meters().stream()
                .filter(m -> !m.retired())
                .flatMap(m -> generatedMeter(seed, account.accountNumber(), m).stream()));
    }

    static List<ReadingTakenV1> generatedMeter(long seed, String accountNumber, AccountUpsertedV1.Meter meter) {
        var dice = new Dice(seed, meter.id(), 12);
        var monthly = new LinkedHashMap<String, BigDecimal>();
        var last = new LinkedHashMap<String, BigDecimal>();
        boolean electricity = "ELECTRICITY".equals(meter.service());
        for (var zone : meter.zones()) {
            // electricity 40–400 kWh a month per zone, water and gas 2–20 m³, with the meter's decimals
            int whole = electricity ? dice.between(40, 400) : dice.between(2, 20);
            var fraction = BigDecimal.valueOf(dice.below(1000), 3).setScale(meter.decimals(), RoundingMode.DOWN);
            var perMonth = BigDecimal.valueOf(whole).add(fraction);
            monthly.put(zone, perMonth);
            // the first reading of the year at least 1000 (or 10) and the last within the display's range
            long room = Math.min(50_000L, (long) Math.pow(10, meter.digitCapacity()) / 2);
            var start = BigDecimal.valueOf(dice.between(electricity ? 1000 : 10, (int) room));
            last.put(zone, start.add(perMonth.multiply(BigDecimal.valueOf(MONTHS - 1))));
        }
        return meter(accountNumber, meter.id(), last, monthly, meter.decimals(), GENERATED_LAST_TAKEN);
    }

    /**
     * {@value #MONTHS} readings of one meter, oldest first: the last is {@code last} taken at {@code lastTaken}, each
     * earlier one a month before and lower by {@code monthly} per zone.
     */
    static List<ReadingTakenV1> meter(
            String accountNumber,
            long meterId,
            Map<String, BigDecimal> last,
            Map<String, BigDecimal> monthly,
            int decimals,
            OffsetDateTime lastTaken) {
        var readings = new ArrayList<ReadingTakenV1>(MONTHS);
        for (int back = MONTHS - 1; back >= 0; back--) {
            var values = new LinkedHashMap<String, String>();
            int monthsBack = back;
            last.keySet().stream()
                    .sorted()
                    .forEach(zone -> values.put(
                            zone,
                            last.get(zone)
                                    .subtract(monthly.get(zone).multiply(BigDecimal.valueOf(monthsBack)))
                                    .setScale(decimals, RoundingMode.UNNECESSARY)
                                    .toPlainString()));
            var takenAt = lastTaken.minusMonths(back).toInstant().toString();
            var channel = back % 3 == 0 ? "CONTROLLER" : back % 3 == 1 ? "OFFICE" : "BACK_OFFICE";
            readings.add(new ReadingTakenV1(
                    ReadingTakenV1.idOf(meterId, takenAt), accountNumber, meterId, values, takenAt, channel));
        }
        return readings;
    }

    /** The average monthly consumption per zone over a meter's history (newest − oldest, over the months between). */
    public static Map<String, BigDecimal> averageMonthly(List<ReadingTakenV1> history) {
        var average = new LinkedHashMap<String, BigDecimal>();
        if (history.size() < 2) {
            return average;
        }
        var oldest = history.getFirst().values();
        var newest = history.getLast().values();
        newest.forEach((zone, value) -> {
            var before = oldest.get(zone);
            if (before != null) {
                average.put(
                        zone,
                        new BigDecimal(value)
                                .subtract(new BigDecimal(before))
                                .divide(BigDecimal.valueOf(history.size() - 1L), 3, RoundingMode.HALF_UP));
            }
        });
        return average;
    }
}
