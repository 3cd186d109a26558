package dev.kabinet.demodata;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * The back office's record of {@code backoffice.ReadingTaken.v1} (contracts/events, BO-2): an accepted reading taken
 * outside the portal. Values are decimal strings with the meter's decimals ({@code "12345.6"}), in zone order.
 *
 * @param readingId stable: derived from the meter id and {@code takenAt} ({@link #idOf})
 * @param takenAt ISO-8601 instant ({@code 2026-10-24T07:00:00Z})
 * @param channel {@code OFFICE}, {@code CONTROLLER}, {@code PAYMENT} or {@code BACK_OFFICE}
 */
@JsonPropertyOrder({"readingId", "accountNumber", "meterId", "values", "takenAt", "channel"})
public record ReadingTakenV1(
        String readingId,
        String accountNumber,
        long meterId,
        Map<String, String> values,
        String takenAt,
        String channel) {

    public static final String TYPE = "backoffice.ReadingTaken.v1";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The reading id the back office gives the reading of {@code meterId} taken at {@code takenAt}. */
    public static String idOf(long meterId, String takenAt) {
        return UUID.nameUUIDFromBytes((TYPE + "/" + meterId + "/" + takenAt).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** The compact JSON of the record, the same bytes every time. */
    public String json() {
        return JSON.writeValueAsString(this);
    }
}
