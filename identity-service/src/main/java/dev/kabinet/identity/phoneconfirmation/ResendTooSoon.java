package dev.kabinet.identity.phoneconfirmation;

import dev.kabinet.platform.problem.DomainProblem;
import java.time.Duration;

/** A code went to this phone less than {@code resend-cooldown} ago. */
public class ResendTooSoon extends DomainProblem implements RetryLater {

    private final Duration retryAfter;

    public ResendTooSoon(Duration retryAfter) {
        super("confirmation-resend-too-soon", seconds(retryAfter));
        this.retryAfter = retryAfter;
    }

    @Override
    public Duration retryAfter() {
        return retryAfter;
    }

    static long seconds(Duration d) {
        return Math.max(1, (d.toMillis() + 999) / 1000);
    }
}
