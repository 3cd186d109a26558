package dev.kabinet.metering.readings;

/** Where a reading stands (MT-3): in processing until the back office accepts (and calculates) or rejects it. */
public enum ReadingStatus {
    IN_PROCESSING,
    ACCEPTED,
    REJECTED
}
