package dev.kabinet.account.visits.web;

import dev.kabinet.account.visits.VisitReason;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

@Schema(name = "SendVisitRequest", description = "A request for a specialist visit (AC-4)")
public record SendVisitRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotNull(message = "{field.visit.reason-required}")
        VisitReason reason,

        @Schema(description = "Serial number of one of the account's meters; optional", nullable = true)
        @Size(max = 40, message = "{field.visit.meter}")
        @Nullable
        String meterSerial,

        @Schema(description = "First day that suits, from tomorrow", example = "2026-12-03") @Nullable
        LocalDate preferredFrom,

        @Schema(
                description = "Last day that suits, not before the first, at most 90 days ahead",
                example = "2026-12-05")
        @Nullable
        LocalDate preferredTo,

        @Schema(description = "A Russian phone as typed", example = "9123456789")
        @Size(max = 30, message = "{field.visit.phone}")
        @Nullable
        String contactPhone,

        @Schema(description = "Up to 1000 characters", nullable = true) @Nullable
        String comment) {}
