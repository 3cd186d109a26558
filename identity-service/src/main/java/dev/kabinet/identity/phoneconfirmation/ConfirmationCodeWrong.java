package dev.kabinet.identity.phoneconfirmation;

import dev.kabinet.platform.problem.DomainProblem;
import dev.kabinet.platform.problem.FieldProblem;
import java.util.List;

/** The code typed is not the one sent; the entry counted, {@code attemptsLeft} remain. */
public class ConfirmationCodeWrong extends DomainProblem {

    private final int attemptsLeft;

    public ConfirmationCodeWrong(int attemptsLeft) {
        super(
                "confirmation-code-wrong",
                List.of(FieldProblem.of("code", "field.code.wrong", attemptsLeft)),
                attemptsLeft);
        this.attemptsLeft = attemptsLeft;
    }

    public int attemptsLeft() {
        return attemptsLeft;
    }
}
