package dev.kabinet.acquirer.cards;

import java.util.Arrays;
import java.util.Optional;

/**
 * The cards whose outcome is fixed (test-acquirer/README.md). Any other valid card number of an accepted brand pays
 * successfully without 3-D Secure; the 3-D Secure code that passes is always {@link #ACS_CODE}.
 */
public enum TestCard {
    SUCCESS("4111111111111111", Outcome.APPROVED, false),
    SUCCESS_MASTERCARD("5555555555554444", Outcome.APPROVED, false),
    SUCCESS_MIR_3DS("2200000000000004", Outcome.APPROVED, true),
    SUCCESS_3DS("4000000000000002", Outcome.APPROVED, true),
    DECLINED("4000000000000010", Outcome.DECLINED, false),
    INSUFFICIENT_FUNDS("4000000000000028", Outcome.INSUFFICIENT_FUNDS, false),
    THREE_DS_FAILS("4000000000000036", Outcome.THREE_DS_FAILED, true);

    public static final String ACS_CODE = "12345678";

    /** What the issuer answers. */
    public enum Outcome {
        APPROVED,
        DECLINED,
        INSUFFICIENT_FUNDS,
        THREE_DS_FAILED
    }

    private final String number;
    private final Outcome outcome;
    private final boolean threeDs;

    TestCard(String number, Outcome outcome, boolean threeDs) {
        this.number = number;
        this.outcome = outcome;
        this.threeDs = threeDs;
    }

    public String number() {
        return number;
    }

    public Outcome outcome() {
        return outcome;
    }

    public boolean threeDs() {
        return threeDs;
    }

    public static Optional<TestCard> of(String digits) {
        return Arrays.stream(values()).filter(c -> c.number.equals(digits)).findFirst();
    }
}
