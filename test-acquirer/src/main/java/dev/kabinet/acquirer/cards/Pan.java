package dev.kabinet.acquirer.cards;

/** A card number as it may be shown or logged: the first six and the last four digits, the rest masked. */
public final class Pan {

    private Pan() {}

    /** {@code 4111111111111111} → {@code 411111**1111}, the gateway's {@code maskedPan} format. */
    public static String mask(String digits) {
        if (digits == null || digits.length() < 10) {
            return "****";
        }
        return digits.substring(0, 6) + "**" + digits.substring(digits.length() - 4);
    }

    /** Only the digits of what a payer typed (spaces and dashes between groups are allowed). */
    public static String digitsOf(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "");
    }
}
