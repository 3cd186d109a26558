package dev.kabinet.metering.meters;

import java.time.Instant;
import java.util.Map;

/**
 * The newest reading of a meter, whatever its status, as the meter list shows it (MT-1).
 *
 * @param values one decimal string per zone, with the meter's decimals
 * @param status {@code IN_PROCESSING}, {@code ACCEPTED} or {@code REJECTED}
 */
public record LastReading(Map<Zone, String> values, String status, Instant submittedAt) {}
