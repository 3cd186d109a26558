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
                "Неверный код. Осталось попыток: " + attemptsLeft + ".",
                List.of(new FieldProblem("code", "Неверный код. Осталось попыток: " + attemptsLeft)));
        this.attemptsLeft = attemptsLeft;
    }

    public int attemptsLeft() {
        return attemptsLeft;
    }
}
