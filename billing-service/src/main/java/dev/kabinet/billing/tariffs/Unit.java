package dev.kabinet.billing.tariffs;

/** The unit a tariff or normative counts: kilowatt-hours, cubic metres, gigacalories. */
public enum Unit {
    KWH,
    M3,
    GCAL
}
