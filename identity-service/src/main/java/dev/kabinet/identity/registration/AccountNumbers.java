package dev.kabinet.identity.registration;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An account number as a resident types it (ID-1): {@code 1000 0000 11}, {@code 1000-000-011}, {@code 1000.000.011}
 * and the number with a letter index left out (manual 003) all mean {@code 1000000011}. Spaces (also no-break ones),
 * dashes of any kind, dots and slashes are removed; what remains must match the utility's pattern
 * ({@code kabinet.registration.account-number-pattern}, digits by default).
 */
public final class AccountNumbers {

    private final Pattern pattern;

    public AccountNumbers(String pattern) {
        this.pattern = Pattern.compile(pattern);
    }

    /** The number in its stored form, or empty when what was typed is not one. */
    public Optional<String> normalise(String typed) {
        if (typed == null || typed.length() > 40) {
            return Optional.empty();
        }
        String number = typed.replaceAll("[\\s\\u00A0\\u2010-\\u2015\\u2212./-]", "");
        return pattern.matcher(number).matches() ? Optional.of(number) : Optional.empty();
    }
}
