package dev.kabinet.account.accounts;

/** A utility service an account is billed for (AC-1). Stored and sent by name; add new ones at the end. */
public enum UtilityService {
    ELECTRICITY,
    GAS,
    GAS_EQUIPMENT_MAINTENANCE,
    HOT_WATER,
    COLD_WATER,
    WASTEWATER,
    HEATING,
    SOLID_WASTE
}
