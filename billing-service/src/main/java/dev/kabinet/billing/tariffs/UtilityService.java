package dev.kabinet.billing.tariffs;

/** A utility service an account is charged for (the {@code service} of the events and the API). */
public enum UtilityService {
    ELECTRICITY,
    GAS,
    COLD_WATER,
    HOT_WATER,
    HEATING
}
