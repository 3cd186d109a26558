package dev.kabinet.account.visits;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Event {@code account.VisitRequested.v1} on topic {@code account.visit-requests}, key = account number: a resident
 * asked for a specialist visit (AC-4). The back office answers on {@code backoffice.visit-requests} with {@code
 * backoffice.VisitRequestUpdated.v1} naming the same {@code requestId}. docs/adr/0016.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VisitRequestedV1(
        UUID requestId,
        String accountNumber,
        Instant requestedAt,
        VisitReason reason,
        @Nullable String meterSerialNumber,
        LocalDate preferredFrom,
        LocalDate preferredTo,
        String contactPhone,
        @Nullable String comment) {

    public static final String TYPE = "account.VisitRequested.v1";
    public static final String TOPIC = "account.visit-requests";

    static VisitRequestedV1 of(VisitRequest request) {
        return new VisitRequestedV1(
                request.id(),
                request.accountNumber(),
                request.requestedAt(),
                request.reason(),
                request.meterSerial(),
                request.preferredFrom(),
                request.preferredTo(),
                request.contactPhone(),
                request.comment());
    }
}
