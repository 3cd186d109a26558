package dev.kabinet.acquirer.cards;

/** The Luhn (mod 10) check digit every payment card number carries. */
public final class Luhn {

    private Luhn() {}

    /** True when {@code digits} is only digits and its Luhn sum is a multiple of 10. */
    public static boolean valid(String digits) {
        if (digits == null || digits.isEmpty() || !digits.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }
}
