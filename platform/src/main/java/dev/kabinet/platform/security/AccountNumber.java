package dev.kabinet.platform.security;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A лицевой счёт number, the one place that says what it looks like: digits only, 10 to 13 of them depending on the
 * utility (DOMAIN.md). In a controller it is the parameter of every account-scoped endpoint
 * ({@code /accounts/{number}/...}): the platform resolves it from the path, refusing first a malformed number (400
 * {@code malformed-account-number}), then an account not linked to the caller (403 {@code account-access-denied},
 * the same for a foreign and a non-existent account). See ADR 0006 and 0007.
 */
public record AccountNumber(String value) {

    /** The path variable every account-scoped endpoint names the account with. */
    public static final String PATH_VARIABLE = "number";

    public static final String PATTERN = "[0-9]{10,13}";

    /** The message (in the problem catalog) of a field that holds no account number. */
    public static final String MESSAGE = "field.account-number";

    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    public AccountNumber {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not an account number");
        }
    }

    public static boolean isValid(String number) {
        return number != null && COMPILED.matcher(number).matches();
    }

    @Override
    public String toString() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccountNumber that && Objects.equals(value, that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
