package dev.kabinet.backoffice.visits.messaging;

import java.time.LocalDate;
import java.util.UUID;

/** The back office's own copy of {@code account.VisitRequested.v1} (contracts/events), with the fields it reads. */
public record VisitRequestedV1(UUID requestId, String accountNumber, String reason, LocalDate preferredFrom) {

    public static final String TYPE = "account.VisitRequested.v1";
}
