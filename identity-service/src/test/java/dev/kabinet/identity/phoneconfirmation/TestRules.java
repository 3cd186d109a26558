package dev.kabinet.identity.phoneconfirmation;

import java.time.Duration;

/** The rules of ADR 0011's defaults, for tests that need them without Spring. */
final class TestRules {

    static final String KEY = "test-only-otp-hash-key-0123456789abcdef";

    private TestRules() {}

    static PhoneConfirmationProperties defaults() {
        return new PhoneConfirmationProperties(Duration.ofMinutes(5), 5, Duration.ofSeconds(60), 5, 10, 20, 50, KEY);
    }
}
