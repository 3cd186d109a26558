package dev.kabinet.metering.readings;

import dev.kabinet.metering.system.MeteringProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The days of the month a utility takes readings (MT-2, DOMAIN.md "Meter readings": by default the 15th to the 25th),
 * in the utility's time zone: the date that counts is the date there, whatever the server's or the browser's zone. A
 * reading given outside the window is still recorded, but counts for the next period: after the window closes, the
 * next month's; before it opens, this month's (the window about to open).
 */
public record SubmissionWindow(int fromDay, int toDay, ZoneId zone) {

    public SubmissionWindow {
        if (fromDay < 1 || toDay > 31 || fromDay > toDay) {
            throw new IllegalArgumentException(
                    "A window is 1 <= from-day <= to-day <= 31, not " + fromDay + ".." + toDay);
        }
        Objects.requireNonNull(zone);
    }

    public static SubmissionWindow of(MeteringProperties properties) {
        return new SubmissionWindow(
                properties.window().fromDay(), properties.window().toDay(), properties.zone());
    }

    /** Where {@code now} falls: in the window or not, the period a reading given now counts for, and the next edge. */
    public State at(Instant now) {
        var today = LocalDate.ofInstant(now, zone);
        var month = YearMonth.from(today);
        var opens = day(month, fromDay);
        var closes = day(month, toDay);
        if (today.isAfter(closes)) {
            month = month.plusMonths(1);
            opens = day(month, fromDay);
            closes = day(month, toDay);
        }
        boolean open = !today.isBefore(opens);
        return new State(
                open,
                month,
                opens,
                closes,
                opens.atStartOfDay(zone).toInstant(),
                closes.plusDays(1).atStartOfDay(zone).toInstant(),
                zone);
    }

    private static LocalDate day(YearMonth month, int day) {
        return month.atDay(Math.min(day, month.lengthOfMonth()));
    }

    /**
     * @param open whether a reading given now is in its period's window
     * @param period the period (month) a reading given now counts for
     * @param opensOn the first day of that period's window (today or earlier when open)
     * @param closesOn its last day
     * @param opensAt the instant it opens (midnight in the utility's zone)
     * @param closesAt the instant it closes (the midnight after its last day)
     * @param zone the utility's zone the days are in
     */
    public record State(
            boolean open,
            YearMonth period,
            LocalDate opensOn,
            LocalDate closesOn,
            Instant opensAt,
            Instant closesAt,
            ZoneId zone) {}
}
