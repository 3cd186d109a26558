package dev.kabinet.payment.payments;

import dev.kabinet.platform.problem.DomainProblem;
import dev.kabinet.platform.problem.FieldProblem;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** A create without an {@code Idempotency-Key} header, or with one that is not 8-64 of A-Z a-z 0-9 _ -. */
public class IdempotencyKeyMalformed extends DomainProblem {

    private static final Pattern FORMAT = Pattern.compile("^[A-Za-z0-9_-]{8,64}$");

    /** The key itself when it is usable; else the problem. */
    public static String check(@Nullable String key) {
        if (key == null || !FORMAT.matcher(key).matches()) {
            throw new IdempotencyKeyMalformed();
        }
        return key;
    }

    public IdempotencyKeyMalformed() {
        super("idempotency-key-malformed", List.of(FieldProblem.of("Idempotency-Key", "field.idempotency-key")));
    }
}
