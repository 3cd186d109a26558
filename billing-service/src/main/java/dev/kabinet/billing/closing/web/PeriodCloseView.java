package dev.kabinet.billing.closing.web;

import dev.kabinet.billing.closing.PeriodCloseStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Where a period close stands, for operators (docs/adr/0023). */
public record PeriodCloseView(
        @Schema(description = "The period, YYYY-MM", example = "2026-10")
        String period,

        @Schema(description = "RUNNING or CLOSED", example = "RUNNING")
        String status,

        @Schema(description = "Accounts to close", example = "1000000")
        long accountsTotal,

        @Schema(description = "Accounts closed so far", example = "250000")
        long accountsDone,

        @Schema(example = "1000") int chunksTotal,
        @Schema(example = "250") int chunksDone,
        Instant startedAt,

        @Schema(description = "Who started it: an operator's login or `schedule`", example = "operator")
        String startedBy,

        @Schema(nullable = true) @Nullable Instant finishedAt,

        @Schema(
                description = "Seconds left at the rate so far; null before the first chunk is done, 0 once closed",
                nullable = true,
                example = "180")
        @Nullable
        Long etaSeconds) {

    static PeriodCloseView of(PeriodCloseStatus status, Instant now) {
        var eta = status.eta(now);
        return new PeriodCloseView(
                status.period().toString(),
                status.state().name(),
                status.accountsTotal(),
                status.accountsDone(),
                status.chunksTotal(),
                status.chunksDone(),
                status.startedAt(),
                status.startedBy(),
                status.finishedAt(),
                eta == null ? null : eta.toSeconds());
    }
}
