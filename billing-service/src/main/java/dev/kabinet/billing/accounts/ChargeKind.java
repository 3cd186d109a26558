package dev.kabinet.billing.accounts;

/**
 * What a charge line charges for (ADR 0009): consumption by meter or normative, the common-house share (ОДН),
 * maintenance (ВДГО), penalties (пени), anything else.
 */
public enum ChargeKind {
    CONSUMPTION,
    COMMON_HOUSE,
    MAINTENANCE,
    PENALTY,
    OTHER
}
