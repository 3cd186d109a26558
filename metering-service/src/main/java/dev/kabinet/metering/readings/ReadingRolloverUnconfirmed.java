package dev.kabinet.metering.readings;

import dev.kabinet.platform.problem.DomainProblem;
import dev.kabinet.platform.problem.FieldProblem;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A value is below the previous accepted one in a way a rollover of the display explains (999 950 then 120): it is taken
 * only when the resident confirms it (MT-2, DOMAIN.md "Meter readings"). The detail names the previous values.
 */
public class ReadingRolloverUnconfirmed extends DomainProblem {

    public ReadingRolloverUnconfirmed(Map<String, BigDecimal> previous, List<FieldProblem> errors) {
        super("reading-rollover-unconfirmed", errors, Collections.unmodifiableMap(new LinkedHashMap<>(previous)));
    }
}
