package dev.kabinet.notification.deliveries;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The night when no informing SMS leaves (NT-3, a per-utility setting): from {@code from} to {@code until}, local time
 * of the utility's zone; the span may cross midnight (21:00–09:00). Equal ends mean no quiet hours.
 */
public record QuietHours(LocalTime from, LocalTime until, ZoneId zone) {

    /** {@code now} when it is outside the quiet hours, else the end of the quiet hours that contain it. */
    public Instant nextAllowed(Instant now) {
        if (from.equals(until)) {
            return now;
        }
        var local = ZonedDateTime.ofInstant(now, zone);
        var time = local.toLocalTime();
        boolean crossesMidnight = from.isAfter(until);
        boolean quiet = crossesMidnight
                ? !time.isBefore(from) || time.isBefore(until)
                : !time.isBefore(from) && time.isBefore(until);
        if (!quiet) {
            return now;
        }
        var end = local.with(until);
        if (!end.isAfter(local)) {
            end = end.plusDays(1);
        }
        return end.toInstant();
    }
}
