package dev.kabinet.acquirer.system;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * The faults a test switched on (PUT /test-control/faults): every protocol answer after {@code delayMs}; a share
 * {@code errorRate} (0..1) of protocol calls answered 503 <em>without</em> doing anything; callbacks lost, sent three
 * times, or held back and sent in reverse order. All off by default.
 */
@Component
public class Faults {

    public record Settings(
            long delayMs,
            double errorRate,
            boolean lostCallbacks,
            boolean duplicateCallbacks,
            boolean outOfOrderCallbacks) {

        public static final Settings NONE = new Settings(0, 0, false, false, false);

        public Settings {
            if (delayMs < 0 || delayMs > 120_000) {
                throw new IllegalArgumentException("delayMs must be 0..120000");
            }
            if (errorRate < 0 || errorRate > 1) {
                throw new IllegalArgumentException("errorRate must be 0..1");
            }
        }
    }

    private final AtomicReference<Settings> settings = new AtomicReference<>(Settings.NONE);

    public Settings settings() {
        return settings.get();
    }

    public void set(Settings next) {
        settings.set(next);
    }

    public void reset() {
        settings.set(Settings.NONE);
    }

    /** Whether this protocol call is to fail with a 5xx (drawn once per call). */
    public boolean failThisCall() {
        double rate = settings.get().errorRate();
        return rate > 0 && ThreadLocalRandom.current().nextDouble() < rate;
    }
}
