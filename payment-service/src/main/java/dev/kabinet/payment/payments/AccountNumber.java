package dev.kabinet.payment.payments;

/** The shape of a лицевой счёт number: 10 to 13 digits depending on the utility (DOMAIN.md). */
public final class AccountNumber {

    /** For {@code @Pattern} on request parameters. */
    public static final String PATTERN = "[0-9]{10,13}";

    public static final String MESSAGE = "Номер лицевого счёта — от 10 до 13 цифр.";

    private AccountNumber() {}

    public static boolean isValid(String number) {
        return number != null && number.matches(PATTERN);
    }
}
