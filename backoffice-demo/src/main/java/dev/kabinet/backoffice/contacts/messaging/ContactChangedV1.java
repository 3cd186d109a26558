package dev.kabinet.backoffice.contacts.messaging;

import java.util.List;

/**
 * The back office's own copy of {@code account.ContactChanged.v1} (contracts/events), with the fields it reads; {@code
 * phone} and {@code email} are absent when the resident removed them.
 */
public record ContactChangedV1(
        String accountNumber,
        long sequence,
        List<String> changedFields,
        String phone,
        String email,
        boolean smsInforming,
        boolean emailInforming,
        String billDelivery) {

    public static final String TYPE = "account.ContactChanged.v1";
    public static final String TOPIC = "account.contact-changes";
}
