package dev.kabinet.identity.recovery;

import dev.kabinet.identity.phoneconfirmation.RetryLater;
import dev.kabinet.platform.problem.DomainProblem;
import java.time.Duration;

/** ID-7: a request for the same login (or account and phone) was made a moment ago; the next one after {@code retryAfter}. Asked alike whether or not the login exists. */
public class RecoveryTooSoon extends DomainProblem implements RetryLater {

    private final Duration retryAfter;

    public RecoveryTooSoon(Duration retryAfter) {
        super("recovery-resend-too-soon", Math.max(1, retryAfter.toSeconds()));
        this.retryAfter = retryAfter;
    }

    @Override
    public Duration retryAfter() {
        return retryAfter;
    }
}
