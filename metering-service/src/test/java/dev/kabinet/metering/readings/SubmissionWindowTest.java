package dev.kabinet.metering.readings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("MT-2 the submission window is days of the month in the utility's zone (Europe/Moscow), not the server's")
class SubmissionWindowTest {

    static final SubmissionWindow WINDOW = new SubmissionWindow(15, 25, ZoneId.of("Europe/Moscow"));

    @Test
    @DisplayName(
            "MT-2 the last minute of the 25th in Moscow is in the window, though it is still the 25th in UTC after")
    void isOpenUntilMidnightAfterTheLastDayInMoscow() {
        var state = WINDOW.at(Instant.parse("2026-11-25T20:59:59Z")); // 23:59:59 MSK

        assertThat(state.open()).isTrue();
        assertThat(state.period()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(state.closesAt()).isEqualTo(Instant.parse("2026-11-25T21:00:00Z"));
        assertThat(state.closesOn()).isEqualTo(LocalDate.of(2026, 11, 25));
    }

    @Test
    @DisplayName("MT-2 after the window closes in Moscow (UTC still the 25th) a reading counts for the next period")
    void countsForTheNextPeriodAfterTheWindow() {
        var state = WINDOW.at(Instant.parse("2026-11-25T21:00:00Z")); // 00:00 MSK on the 26th

        assertThat(state.open()).isFalse();
        assertThat(state.period()).isEqualTo(YearMonth.of(2026, 12));
        assertThat(state.opensOn()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(state.opensAt()).isEqualTo(Instant.parse("2026-12-14T21:00:00Z"));
    }

    @Test
    @DisplayName("MT-2 before the window opens a reading counts for this month's coming period")
    void beforeTheWindowCountsForThisMonth() {
        var before = WINDOW.at(Instant.parse("2026-11-14T20:59:59Z")); // 23:59:59 MSK on the 14th
        var opening = WINDOW.at(Instant.parse("2026-11-14T21:00:00Z")); // 00:00 MSK on the 15th

        assertThat(before.open()).isFalse();
        assertThat(before.period()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(before.opensAt()).isEqualTo(Instant.parse("2026-11-14T21:00:00Z"));
        assertThat(opening.open()).isTrue();
    }

    @Test
    @DisplayName("MT-2 a window to the 31st ends on the month's last day (28 February)")
    void aLateLastDayEndsWithTheMonth() {
        var window = new SubmissionWindow(20, 31, ZoneId.of("Europe/Moscow"));

        var state = window.at(Instant.parse("2027-02-28T12:00:00Z"));

        assertThat(state.open()).isTrue();
        assertThat(state.closesOn()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(window.at(Instant.parse("2027-02-28T21:00:00Z")).period()).isEqualTo(YearMonth.of(2027, 3));
    }

    @Test
    void refusesAWindowEndingBeforeItStarts() {
        assertThatThrownBy(() -> new SubmissionWindow(25, 15, ZoneId.of("Europe/Moscow")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
