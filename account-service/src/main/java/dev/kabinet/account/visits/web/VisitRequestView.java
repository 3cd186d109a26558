package dev.kabinet.account.visits.web;

import dev.kabinet.account.visits.VisitReason;
import dev.kabinet.account.visits.VisitRequest;
import dev.kabinet.account.visits.VisitStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A visit request with where it stands (AC-4). */
@Schema(name = "VisitRequest")
public record VisitRequestView(
        UUID id,
        VisitReason reason,

        @Schema(description = "The meter's serial number, when the request is about one", nullable = true) @Nullable
        String meterSerial,

        LocalDate preferredFrom,
        LocalDate preferredTo,

        @Schema(description = "E.164", example = "+79123456789")
        String contactPhone,

        @Schema(nullable = true) @Nullable String comment,

        @Schema(description = "SENT to the utility, ACCEPTED with a slot, DONE, or CANCELLED with a reason")
        VisitStatus status,

        @Schema(description = "The agreed time slot's start (ACCEPTED, DONE)", nullable = true) @Nullable
        Instant slotStart,

        @Schema(description = "The agreed time slot's end", nullable = true) @Nullable
        Instant slotEnd,

        @Schema(description = "Why the utility cancelled it", nullable = true) @Nullable
        String cancelReason,

        Instant requestedAt,
        Instant updatedAt) {

    static VisitRequestView of(VisitRequest request) {
        return new VisitRequestView(
                request.id(),
                request.reason(),
                request.meterSerial(),
                request.preferredFrom(),
                request.preferredTo(),
                request.contactPhone(),
                request.comment(),
                request.status(),
                request.slotStart(),
                request.slotEnd(),
                request.cancelReason(),
                request.requestedAt(),
                request.updatedAt());
    }
}
