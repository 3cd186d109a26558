package dev.kabinet.account.appeals;

/** What an appeal is about (AC-5; manual 004 «Тип обращения»): the FAQ answers of the type are shown first. */
public enum AppealType {
    READINGS,
    CHARGES,
    PAYMENTS,
    METERS,
    PORTAL,
    OTHER
}
