package dev.kabinet.metering.meters;

/** Why a meter takes no reading from a resident (MT-1, MT-2; DOMAIN.md "Meter readings"). */
public enum ManualReadingRefusal {
    /** Taken out of service: kept for its history. */
    RETIRED,
    /** A smart meter: it sends its readings itself. */
    REMOTELY_READ,
    /** Past its verification (поверка) date: the resident books a check first. */
    VERIFICATION_OVERDUE
}
