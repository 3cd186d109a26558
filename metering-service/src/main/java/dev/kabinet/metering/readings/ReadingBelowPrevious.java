package dev.kabinet.metering.readings;

import dev.kabinet.platform.problem.DomainProblem;
import dev.kabinet.platform.problem.FieldProblem;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A value is lower than the meter's previous accepted reading and is not a rollover (MT-2, DOMAIN.md "Meter readings").
 * The detail names the previous values per scale ({@code T1: 12 345,6}), each field its own.
 */
public class ReadingBelowPrevious extends DomainProblem {

    private final Map<String, BigDecimal> previous;

    public ReadingBelowPrevious(Map<String, BigDecimal> previous, List<FieldProblem> errors) {
        super("reading-below-previous", errors, Collections.unmodifiableMap(new LinkedHashMap<>(previous)));
        this.previous = Collections.unmodifiableMap(new LinkedHashMap<>(previous));
    }

    /** The previous accepted values of the scales that went down, by scale name, in the scales' order. */
    public Map<String, BigDecimal> previous() {
        return previous;
    }
}
