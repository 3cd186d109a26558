package dev.kabinet.metering.readings;

import dev.kabinet.platform.problem.DomainProblem;
import dev.kabinet.platform.problem.FieldProblem;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A value is lower than the meter's previous accepted reading and is not a rollover (MT-2, DOMAIN.md "Meter
 * readings").
 */
public class ReadingBelowPrevious extends DomainProblem {

    private final Map<String, String> previous;

    public ReadingBelowPrevious(Map<String, String> previous, List<FieldProblem> errors) {
        super(
                "reading-below-previous",
                "Показание меньше предыдущего принятого ("
                        + previous.entrySet().stream()
                                .map(e -> e.getKey() + ": " + e.getValue())
                                .collect(Collectors.joining(", "))
                        + "). Проверьте цифры на табло счётчика.",
                errors);
        this.previous = Map.copyOf(previous);
    }

    /** The previous accepted values of the scales that went down, as the meter shows them. */
    public Map<String, String> previous() {
        return previous;
    }
}
