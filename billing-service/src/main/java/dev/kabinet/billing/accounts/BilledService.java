package dev.kabinet.billing.accounts;

/** A utility service billed on an account (the {@code services} of {@code account.AccountChanged.v1}). */
public enum BilledService {
    ELECTRICITY,
    GAS,
    GAS_EQUIPMENT_MAINTENANCE,
    HOT_WATER,
    COLD_WATER,
    WASTEWATER,
    HEATING,
    SOLID_WASTE
}
