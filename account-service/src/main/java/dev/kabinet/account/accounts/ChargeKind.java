package dev.kabinet.account.accounts;

/** What a charge line charges for (DOMAIN.md, "Charges"): stored and sent by name. */
public enum ChargeKind {
    /** Consumption by meter or by normative (электроэнергия, природный газ). */
    CONSUMPTION,
    /** The flat's share of the house's common needs (ОДН). */
    COMMON_HOUSE,
    /** Equipment maintenance (ВДГО). */
    MAINTENANCE,
    /** Penalty for late payment (пени). */
    PENALTY,
    OTHER
}
