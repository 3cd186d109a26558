package dev.kabinet.notification.deliveries;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Test data: a {@link ReceivedReading} of a demo meter. */
public final class ReceivedReadingBuilder {

    private UUID readingId = UUID.randomUUID();
    private String accountNumber;
    private String serialNumber;
    private final Map<String, BigDecimal> values = new LinkedHashMap<>();
    private Instant submittedAt = Instant.parse("2026-11-22T09:15:30Z");

    private ReceivedReadingBuilder(String accountNumber, String serialNumber) {
        this.accountNumber = accountNumber;
        this.serialNumber = serialNumber;
    }

    /** Meter 101 of account 1000000011, single rate. */
    public static ReceivedReadingBuilder aSingleRateReading() {
        return new ReceivedReadingBuilder("1000000011", "ЭМ-101-2019").value("T1", "12346.0");
    }

    /** Meter 102 of account 1000000012, day/night. */
    public static ReceivedReadingBuilder aDayNightReading() {
        return new ReceivedReadingBuilder("1000000012", "ЭМ-102-2021")
                .value("T2", "2004.0")
                .value("T1", "5012.5");
    }

    public ReceivedReadingBuilder value(String zone, String value) {
        values.put(zone, new BigDecimal(value));
        return this;
    }

    public ReceivedReadingBuilder serialNumber(String serial) {
        serialNumber = serial;
        return this;
    }

    public ReceivedReadingBuilder submittedAt(String instant) {
        submittedAt = Instant.parse(instant);
        return this;
    }

    public ReceivedReading build() {
        return new ReceivedReading(readingId, accountNumber, serialNumber, values, submittedAt);
    }
}
