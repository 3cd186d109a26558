package dev.kabinet.account.links;

/** How a resident proved they own the account they link (ID-1, ID-9); {@link #DEMO} for seeded rows. */
public enum LinkProof {
    DEMO,
    OWNER_SURNAME,
    METER_SERIAL,
    ACCOUNT_PASSWORD,
    LAST_PAYMENT,
    PHONE_CODE
}
