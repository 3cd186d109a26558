package dev.kabinet.e2e.support;

import static dev.kabinet.e2e.support.Json.decimal;
import static dev.kabinet.e2e.support.Json.items;
import static dev.kabinet.e2e.support.Json.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/** What a resident sees of one single-zone meter, and the value a next reading of it may take. */
public record MeterReadings(String account, JsonNode meter, BigDecimal newest) {

    /**
     * Reads the meter through the gateway as {@code resident}. {@code newest} is the highest T1 value the meter has
     * seen: its last reading or a newer one still in processing from an earlier run (rejected ones do not count).
     */
    public static MeterReadings of(Resident resident, String account, String meterId) {
        Reply meters = resident.get("/api/metering/v1/accounts/" + account + "/meters");
        JsonNode meter = Json.find(meters.expectJson(200), "id", meterId)
                .orElseThrow(() -> new AssertionError("meter " + meterId + " is missing\n" + meters.describe()));
        BigDecimal last = decimal(meter.path("lastReading").path("values"), "T1");
        if (last == null) {
            throw new AssertionError("meter " + meterId + " shows no lastReading.values.T1\n" + meters.describe());
        }
        Reply readings = resident.get("/api/metering/v1/accounts/" + account + "/readings");
        BigDecimal newest = items(readings.expectJson(200)).stream()
                .filter(r -> meterId.equals(text(r, "meterId")) && !"REJECTED".equals(text(r, "status")))
                .map(r -> decimal(r.path("values"), "T1"))
                .filter(Objects::nonNull)
                .reduce(last, BigDecimal::max);
        return new MeterReadings(account, meter, newest);
    }

    public BigDecimal lastShown() {
        return decimal(meter.path("lastReading").path("values"), "T1");
    }

    /** {@code newest + step}, written with the meter's decimals ("12346.6"). */
    public BigDecimal next(BigDecimal step) {
        return newest.add(step).setScale(meter.path("decimals").asInt(1), RoundingMode.HALF_UP);
    }

    /** The JSON body of a reading {@code newest + step}. */
    public String nextReadingBody(BigDecimal step) {
        return "{\"values\": {\"T1\": \"" + next(step).toPlainString() + "\"}}";
    }
}
