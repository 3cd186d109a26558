package dev.kabinet.billing.tariffs;

/** A meter scale charged at its own rate: T1 single or day (or peak), T2 night, T3 half-peak. */
public enum TariffZone {
    T1,
    T2,
    T3
}
