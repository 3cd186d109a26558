package dev.kabinet.platform.problem;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One field's problem: {@code field} is the JSON path of the input ({@code values.T1}); {@code code} the message in the
 * service's problem bundle that explains it, filled with {@code arguments} (numbers are written the resident's way).
 * The answer carries {@code {"field": …, "message": …}} in the resident's language.
 */
public record FieldProblem(String field, String code, List<Object> arguments) {

    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        arguments = List.copyOf(arguments);
    }

    public static FieldProblem of(String field, String code, Object... arguments) {
        return new FieldProblem(field, code, Arrays.asList(arguments));
    }
}
