package dev.kabinet.gateway.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The firewall's UTF-8 check of a path's percent-escapes (#5)")
class RefusalConfigurationTest {

    @Test
    void acceptsPlainAndValidlyEscapedPaths() {
        assertThat(RefusalConfiguration.isValidUtf8("/api/metering/v1/accounts/1000000011/meters"))
                .isTrue();
        assertThat(RefusalConfiguration.isValidUtf8("/%D1%81%D1%87%D1%91%D1%82"))
                .isTrue(); // «счёт»
        assertThat(RefusalConfiguration.isValidUtf8("/a%20b")).isTrue();
        assertThat(RefusalConfiguration.isValidUtf8(null)).isTrue();
    }

    @Test
    void refusesEscapesThatAreNotUtf8() {
        assertThat(RefusalConfiguration.isValidUtf8("/api/metering/v1/accounts/1000000011%c0%af"))
                .isFalse(); // overlong /
        assertThat(RefusalConfiguration.isValidUtf8("/a%ff")).isFalse();
        assertThat(RefusalConfiguration.isValidUtf8("/a%d1")).isFalse(); // a truncated sequence
        assertThat(RefusalConfiguration.isValidUtf8("/a%ed%a0%80")).isFalse(); // an encoded surrogate
    }

    @Test
    void leavesAMalformedEscapeToTheOtherChecks() {
        assertThat(RefusalConfiguration.isValidUtf8("/a%zz")).isTrue();
        assertThat(RefusalConfiguration.isValidUtf8("/a%")).isTrue();
    }
}
