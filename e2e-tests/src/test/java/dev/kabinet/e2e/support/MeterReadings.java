package dev.kabinet.e2e.support;

import static dev.kabinet.e2e.support.Json.decimal;
import static dev.kabinet.e2e.support.Json.items;
import static dev.kabinet.e2e.support.Json.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** What a resident sees of one single-zone meter, and the value a next reading of it may take. */
public record MeterReadings(String account, JsonNode meter, BigDecimal newest, BigDecimal lastAccepted) {

    /**
     * Reads the meter through the gateway as {@code resident}. {@code newest} is the highest T1 value the meter has
     * seen: its last reading or a newer one still in processing from an earlier run (rejected ones do not count).
     * {@code lastAccepted} is the value of its newest ACCEPTED reading: what billing prices a new reading against.
     */
    public static MeterReadings of(Resident resident, String account, String meterId) {
        Reply meters = resident.get("/api/metering/v1/accounts/" + account + "/meters");
        JsonNode meter = Json.find(meters.expectJson(200), "id", meterId)
                .orElseThrow(() -> new AssertionError("meter " + meterId + " is missing\n" + meters.describe()));
        BigDecimal last = decimal(meter.path("lastReading").path("values"), "T1");
        if (last == null) {
            throw new AssertionError("meter " + meterId + " shows no lastReading.values.T1\n" + meters.describe());
        }
        BigDecimal newest = last;
        BigDecimal lastAccepted = null;
        // Newest first, a page at a time: the stack is shared, earlier runs leave readings in processing.
        for (int page = 0; lastAccepted == null; page++) {
            Reply readings = resident.get("/api/metering/v1/accounts/" + account + "/readings?size=100&page=" + page);
            List<JsonNode> items = items(readings.expectJson(200));
            if (items.isEmpty()) {
                throw new AssertionError("meter " + meterId + " has no accepted reading\n" + readings.describe());
            }
            for (JsonNode r : items) {
                BigDecimal value = decimal(r.path("values"), "T1");
                if (!meterId.equals(text(r, "meterId")) || value == null || "REJECTED".equals(text(r, "status"))) {
                    continue;
                }
                newest = newest.max(value);
                if (lastAccepted == null && "ACCEPTED".equals(text(r, "status"))) {
                    lastAccepted = value;
                }
            }
        }
        return new MeterReadings(account, meter, newest, lastAccepted);
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
