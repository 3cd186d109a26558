package dev.kabinet.notification.deliveries;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("NT-3 no informing SMS at night: quiet hours in the utility's time zone")
class QuietHoursTest {

    final QuietHours night = new QuietHours(LocalTime.of(21, 0), LocalTime.of(9, 0), ZoneId.of("Europe/Moscow"));

    @Test
    void duringTheDayAnSmsLeavesAtOnce() {
        var noon = Instant.parse("2026-11-22T09:00:00Z"); // 12:00 in Moscow
        assertThat(night.nextAllowed(noon)).isEqualTo(noon);
    }

    @Test
    void lateInTheEveningItWaitsForTheMorning() {
        var evening = Instant.parse("2026-11-22T19:30:00Z"); // 22:30 in Moscow
        assertThat(night.nextAllowed(evening)).isEqualTo(Instant.parse("2026-11-23T06:00:00Z"));
    }

    @Test
    void afterMidnightItWaitsForTheSameMorning() {
        var small = Instant.parse("2026-11-22T23:10:00Z"); // 02:10 on the 23rd in Moscow
        assertThat(night.nextAllowed(small)).isEqualTo(Instant.parse("2026-11-23T06:00:00Z"));
    }

    @Test
    void equalEndsMeanNoQuietHours() {
        var none = new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, ZoneId.of("Europe/Moscow"));
        var evening = Instant.parse("2026-11-22T19:30:00Z");
        assertThat(none.nextAllowed(evening)).isEqualTo(evening);
    }
}
