package dev.kabinet.e2e.support;

import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/** Waits for an asynchronous outcome, and says what it last saw when the outcome does not come. */
public final class Poll {

    private static final Duration INTERVAL = Duration.ofMillis(500);

    private Poll() {}

    /**
     * Observes until {@code outcome} finds what it waits for in an observation, at most {@link Stack#ASYNC_TIMEOUT}.
     *
     * @param what what we wait for, for the failure message
     * @param observe makes one observation (an HTTP call ...)
     * @param outcome extracts the outcome from an observation, or empty if not there yet
     * @param describe describes the last observation when we give up
     */
    public static <O, T> T until(
            String what, Supplier<O> observe, Function<O, Optional<T>> outcome, Function<O, String> describe) {
        long deadline = System.nanoTime() + Stack.ASYNC_TIMEOUT.toNanos();
        O last;
        do {
            last = observe.get();
            Optional<T> found = outcome.apply(last);
            if (found.isPresent()) {
                return found.get();
            }
            sleep();
        } while (System.nanoTime() < deadline);
        return fail("Waited %d s for %s; last seen:%n%s", Stack.ASYNC_TIMEOUT.toSeconds(), what, describe.apply(last));
    }

    private static void sleep() {
        try {
            Thread.sleep(INTERVAL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
