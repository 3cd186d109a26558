package dev.kabinet.identity.recovery;

import dev.kabinet.identity.phoneconfirmation.RetryLater;
import dev.kabinet.platform.problem.DomainProblem;
import java.time.Duration;

/** Too many recovery requests from one address (ID-7): try again after {@code retryAfter}. */
public class RecoveryAttemptsExceeded extends DomainProblem implements RetryLater {

    private final Duration retryAfter;

    public RecoveryAttemptsExceeded(Duration retryAfter) {
        super("recovery-attempts-exceeded", Math.max(1, (retryAfter.toSeconds() + 59) / 60));
        this.retryAfter = retryAfter;
    }

    @Override
    public Duration retryAfter() {
        return retryAfter;
    }
}
