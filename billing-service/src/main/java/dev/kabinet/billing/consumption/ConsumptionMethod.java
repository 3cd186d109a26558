package dev.kabinet.billing.consumption;

/** How a period's consumption of a meter was found (BL-2; Decree 354 p. 59(b), 60, 61). */
public enum ConsumptionMethod {
    /** From accepted readings: the last of the period against the last one before it. */
    METERED,
    /** The meter's first reading: nothing to subtract from, nothing charged. */
    FIRST_READING,
    /** No reading: the average monthly consumption of the history (p. 59(b)), at most 3 periods in a row. */
    AVERAGE,
    /** No reading after 3 estimated periods, or too little history: the normative per resident (p. 60). */
    NORMATIVE,
    /** No reading, no history and no normative (or no residents): nothing charged, the reason says why. */
    NOT_CHARGED
}
