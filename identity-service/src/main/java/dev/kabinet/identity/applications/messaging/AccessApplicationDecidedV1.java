package dev.kabinet.identity.applications.messaging;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** identity-service's own record of {@code backoffice.AccessApplicationDecided.v1} (contracts/events), BO-4. */
record AccessApplicationDecidedV1(
        UUID applicationId,
        String accountNumber,
        String decision,
        @Nullable List<String> accountNumbers,
        @Nullable String reason) {

    static final String TYPE = "backoffice.AccessApplicationDecided.v1";

    boolean approved() {
        return "APPROVED".equals(decision);
    }
}
