package dev.kabinet.account.accounts;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A phone number in E.164 ({@code +79161234567}), the one form account-service keeps and publishes. The back office may
 * also write a Russian number the way people do ({@code 8 916 123-45-67}, {@code +7 (916) 123-45-67}).
 */
public final class PhoneNumber {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{7,14}");
    private static final Pattern RUSSIAN =
            Pattern.compile("(\\+7|8) ?\\(?([0-9]{3})\\)?[ -]?([0-9]{3})[ -]?([0-9]{2})[ -]?([0-9]{2})");

    private static final Pattern RUSSIAN_MOBILE = Pattern.compile("(?:\\+7|7|8)?(9[0-9]{9})");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s()\\-]");

    private PhoneNumber() {}

    /**
     * A Russian mobile number as a resident types it ({@code 9123456789}, {@code 8 912 345-67-89},
     * {@code +7 (912) 345-67-89}) in E.164 ({@code +79123456789}); empty when it is none (a landline, a foreign number,
     * too few or too many digits). AC-3: the phone for SMS informing must take SMS.
     */
    public static Optional<String> russianMobile(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        var mobile = RUSSIAN_MOBILE.matcher(SEPARATORS.matcher(typed.strip()).replaceAll(""));
        return mobile.matches() ? Optional.of("+7" + mobile.group(1)) : Optional.empty();
    }

    /** The number in E.164, or empty when it is neither E.164 nor a Russian number. */
    public static Optional<String> normalise(String phone) {
        if (phone == null) {
            return Optional.empty();
        }
        if (E164.matcher(phone).matches()) {
            return Optional.of(phone);
        }
        var russian = RUSSIAN.matcher(phone);
        if (russian.matches()) {
            return Optional.of("+7" + russian.group(2) + russian.group(3) + russian.group(4) + russian.group(5));
        }
        return Optional.empty();
    }
}
