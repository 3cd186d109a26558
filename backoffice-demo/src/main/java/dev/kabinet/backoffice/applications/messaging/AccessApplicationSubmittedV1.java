package dev.kabinet.backoffice.applications.messaging;

import java.util.List;
import java.util.UUID;

/**
 * The back office's own copy of {@code identity.AccessApplicationSubmitted.v1} (contracts/events), with the fields it
 * reads.
 */
public record AccessApplicationSubmittedV1(
        UUID applicationId,
        long applicationNumber,
        String accountNumber,
        String surname,
        String meterSerialNumber,
        List<String> extraAccountNumbers) {

    public static final String TYPE = "identity.AccessApplicationSubmitted.v1";

    public AccessApplicationSubmittedV1 {
        extraAccountNumbers = extraAccountNumbers == null ? List.of() : List.copyOf(extraAccountNumbers);
    }
}
