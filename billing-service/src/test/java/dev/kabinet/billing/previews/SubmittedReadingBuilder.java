package dev.kabinet.billing.previews;

import dev.kabinet.billing.tariffs.TariffZone;
import dev.kabinet.billing.tariffs.UtilityService;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/** Test data: submitted readings of the demo meters, with sensible defaults. */
public final class SubmittedReadingBuilder {

    private UUID readingId = UUID.randomUUID();
    private String accountNumber = "1000000011";
    private long meterId = 101;
    private final Map<TariffZone, BigDecimal> values = new EnumMap<>(TariffZone.class);
    private final Map<TariffZone, BigDecimal> previous = new EnumMap<>(TariffZone.class);
    private Instant submittedAt = Instant.parse("2026-11-22T09:15:30Z");
    private boolean rollover;
    private Integer digitCapacity;

    private SubmittedReadingBuilder() {}

    /** Meter 101 (single rate): 12345.6 -> 12346.0. */
    public static SubmittedReadingBuilder aSingleRateReading() {
        return new SubmittedReadingBuilder().zone(TariffZone.T1, "12346.0", "12345.6");
    }

    /** Meter 102 (day/night), as in the contract's golden example: T1 5000.0 -> 5012.5, T2 2000.0 -> 2004.0. */
    public static SubmittedReadingBuilder aDayNightReading() {
        var reading = new SubmittedReadingBuilder()
                .zone(TariffZone.T1, "5012.5", "5000.0")
                .zone(TariffZone.T2, "2004.0", "2000.0");
        reading.accountNumber = "1000000012";
        reading.meterId = 102;
        return reading;
    }

    public SubmittedReadingBuilder zone(TariffZone zone, String value, String previousValue) {
        values.put(zone, new BigDecimal(value));
        if (previousValue == null) {
            previous.remove(zone);
        } else {
            previous.put(zone, new BigDecimal(previousValue));
        }
        return this;
    }

    public SubmittedReadingBuilder submittedAt(String instant) {
        submittedAt = Instant.parse(instant);
        return this;
    }

    /** The event says the resident confirmed a rollover of a display of {@code digits} digits before the point. */
    public SubmittedReadingBuilder rolloverOf(int digits) {
        rollover = true;
        digitCapacity = digits;
        return this;
    }

    public SubmittedReadingBuilder readingId(UUID id) {
        readingId = id;
        return this;
    }

    public SubmittedReading build() {
        return new SubmittedReading(
                readingId,
                accountNumber,
                meterId,
                UtilityService.ELECTRICITY,
                values,
                previous,
                submittedAt,
                rollover,
                digitCapacity);
    }
}
