package dev.kabinet.identity.registration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("ID-1 the account number as a resident may type it")
class AccountNumbersTest {

    private final AccountNumbers numbers = new AccountNumbers("[0-9]{10,13}");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1000000011",
                " 1000000011 ",
                "1000 000 011",
                "1000-000-011",
                "1000–000–011",
                "1000.000.011",
                "1000\u00A0000\u00A0011",
                "100 00 000 11"
            })
    @DisplayName("ID-1 spaces, dashes and dots are taken out")
    void typedForms(String typed) {
        assertThat(numbers.normalise(typed)).contains("1000000011");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "123456789", "12345678901234", "1000000O11", "1000000011А", "+1000000011"})
    @DisplayName("ID-1 too short, too long, letters or other signs are not an account number")
    void notANumber(String typed) {
        assertThat(numbers.normalise(typed)).isEmpty();
    }

    @Test
    @DisplayName("ID-1 the pattern is the utility's: a 13-digit payment code (manual 001)")
    void utilityPattern() {
        var thirteen = new AccountNumbers("[0-9]{13}");
        assertThat(thirteen.normalise("1234 5678 90123")).contains("1234567890123");
        assertThat(thirteen.normalise("1000000011")).isEmpty();
        assertThat(numbers.normalise(null)).isEmpty();
    }
}
