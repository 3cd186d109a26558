package dev.kabinet.identity.profiles;

/** What changed in a login (ID-8): each change is followed by a notice to the resident. */
public enum ProfileChange {
    PASSWORD,
    EMAIL,
    USERNAME,
    PHONE
}
