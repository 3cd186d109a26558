package dev.kabinet.account.visits;

/** Why a specialist is asked to come (AC-4; manual 003 «Вызов специалиста»: to seal or check a meter). */
public enum VisitReason {
    /** Seal (опломбировать) a newly installed or repaired meter. */
    SEAL_METER,
    /** Check a meter that seems faulty or whose verification is due. */
    CHECK_METER,
    /** Replace a meter (failed, retired, verification overdue). */
    REPLACE_METER
}
