package dev.kabinet.metering.meters;

/** The utility service a meter measures (the {@code service} of the event contracts). */
public enum UtilityService {
    ELECTRICITY,
    GAS,
    COLD_WATER,
    HOT_WATER,
    HEATING
}
