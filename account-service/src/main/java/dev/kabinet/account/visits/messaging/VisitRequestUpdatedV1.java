package dev.kabinet.account.visits.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.kabinet.account.visits.VisitStatus;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * account-service's own copy of {@code backoffice.VisitRequestUpdated.v1} (contracts/events): the back office's answer
 * to a visit request. The schema requires a slot with {@code ACCEPTED}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record VisitRequestUpdatedV1(
        UUID requestId,
        String accountNumber,
        VisitStatus status,
        @Nullable Instant slotStart,
        @Nullable Instant slotEnd,
        @Nullable String reason) {

    static final String TYPE = "backoffice.VisitRequestUpdated.v1";
}
