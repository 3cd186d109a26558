package dev.kabinet.billing.closing;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * Where a period close stands (issue #9, docs/adr/0023): accounts done of the total, chunks done, when it started and
 * finished, and the time left estimated from the rate so far.
 */
public record PeriodCloseStatus(
        YearMonth period,
        State state,
        long accountsTotal,
        long accountsDone,
        int chunksTotal,
        int chunksDone,
        Instant startedAt,
        String startedBy,
        @Nullable Instant finishedAt) {

    public enum State {
        RUNNING,
        CLOSED
    }

    /** The time left at the rate so far: null before the first chunk is done or once closed. */
    public @Nullable Duration eta(Instant now) {
        if (state == State.CLOSED || accountsDone == 0) {
            return state == State.CLOSED ? Duration.ZERO : null;
        }
        var elapsed = Duration.between(startedAt, now);
        return Duration.ofMillis(elapsed.toMillis() * (accountsTotal - accountsDone) / accountsDone);
    }
}
