package dev.kabinet.identity.sms;

import java.util.Optional;

/**
 * A Russian mobile number as residents type it ({@code +7 (912) 345-67-89}, {@code 89123456789}, {@code 9123456789},
 * ID-3: ten digits after the country code), normalised to E.164 ({@code +79123456789}).
 */
public final class PhoneNumber {

    private PhoneNumber() {}

    /** The number in E.164, or empty when it is not a Russian mobile number. */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String digits = typed.replaceAll("[\\s()\\-]", "");
        if (digits.startsWith("+7")) {
            digits = digits.substring(2);
        } else if (digits.length() == 11 && (digits.startsWith("8") || digits.startsWith("7"))) {
            digits = digits.substring(1);
        }
        if (!digits.matches("9[0-9]{9}")) {
            return Optional.empty();
        }
        return Optional.of("+7" + digits);
    }

    /** For logs and answers: {@code +7 *** ***-**-89}, never the whole number. */
    public static String masked(String e164) {
        if (e164 == null || e164.length() < 4) {
            return "***";
        }
        return "+7 *** ***-**-" + e164.substring(e164.length() - 2);
    }
}
