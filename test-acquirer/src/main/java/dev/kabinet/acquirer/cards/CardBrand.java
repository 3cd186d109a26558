package dev.kabinet.acquirer.cards;

import java.util.Optional;

/**
 * The card brands the hosted page accepts, recognised by the number's issuer prefix (IIN): Visa 4; MasterCard 51–55
 * and 2221–2720; MIR 2200–2204. The name is what getOrderStatusExtended.do answers in
 * {@code cardAuthInfo.paymentSystem}.
 */
public enum CardBrand {
    VISA("Visa", 13, 19),
    MASTERCARD("MasterCard", 16, 16),
    MIR("МИР", 16, 19);

    private final String title;
    private final int minLength;
    private final int maxLength;

    CardBrand(String title, int minLength, int maxLength) {
        this.title = title;
        this.minLength = minLength;
        this.maxLength = maxLength;
    }

    public String title() {
        return title;
    }

    public boolean lengthFits(int length) {
        return length >= minLength && length <= maxLength;
    }

    /** The brand of a card number (digits only), if it is one the page knows. */
    public static Optional<CardBrand> of(String digits) {
        if (digits == null || digits.length() < 4 || !digits.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        int four = Integer.parseInt(digits.substring(0, 4));
        int two = four / 100;
        if (four >= 2200 && four <= 2204) {
            return Optional.of(MIR);
        }
        if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) {
            return Optional.of(MASTERCARD);
        }
        if (digits.charAt(0) == '4') {
            return Optional.of(VISA);
        }
        return Optional.empty();
    }
}
