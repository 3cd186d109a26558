package dev.kabinet.account.accounts;

import java.util.regex.Pattern;

/**
 * The shape of a личный счёт number: digits only, 10 to 13 of them depending on the utility (DOMAIN.md). A later issue
 * makes the pattern a per-utility setting; until then this is the one place that says what a number looks like.
 */
public final class AccountNumber {

    /** For {@code @Pattern} on request parameters. */
    public static final String PATTERN = "[0-9]{10,13}";

    public static final String MESSAGE = "Номер лицевого счёта — от 10 до 13 цифр.";

    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    private AccountNumber() {}

    public static boolean isValid(String number) {
        return number != null && COMPILED.matcher(number).matches();
    }

    static String requireValid(String number) {
        if (!isValid(number)) {
            throw new IllegalArgumentException("Not an account number: " + number);
        }
        return number;
    }
}
