package dev.kabinet.metering.meters;

import dev.kabinet.platform.problem.FieldProblem;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The values a resident typed, read against a meter's scales and display: every value that could be read, and every
 * field problem found (all of them at once, so the form can show each next to its field).
 */
public record CheckedValues(Map<Zone, BigDecimal> values, List<FieldProblem> problems) {

    public CheckedValues {
        values = Map.copyOf(values);
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
