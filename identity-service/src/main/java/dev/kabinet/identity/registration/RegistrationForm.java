package dev.kabinet.identity.registration;

import org.jspecify.annotations.Nullable;

/**
 * What a resident sends to register by account number (ID-1), as typed; {@code meterSerialNumber} only after being
 * asked for it; {@code captcha} the ALTCHA widget's solution; {@code consent} true when they agreed to the processing
 * of personal data.
 */
public record RegistrationForm(
        @Nullable String accountNumber,
        @Nullable String surname,
        @Nullable String firstName,
        @Nullable String meterSerialNumber,
        @Nullable String username,
        @Nullable String password,
        @Nullable String email,
        boolean consent,
        @Nullable String captcha) {

    @Override
    public String toString() {
        return "RegistrationForm[" + username + "]";
    }
}
