package dev.kabinet.identity.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"+79123456789", "+7 (912) 345-67-89", "89123456789", "79123456789", "9123456789"})
    void normalisesWhatResidentsTypeToE164(String typed) {
        assertThat(PhoneNumber.normalise(typed)).hasValue("+79123456789");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "912345678", "+1 202 555 0100", "84951234567", "+7912345678a", "99123456789"})
    void refusesWhatIsNotARussianMobileNumber(String typed) {
        assertThat(PhoneNumber.normalise(typed)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"+79123456789"})
    void masksAllButTheLastTwoDigits(String phone) {
        assertThat(PhoneNumber.masked(phone)).isEqualTo("+7 *** ***-**-89");
    }
}
