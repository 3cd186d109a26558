package dev.kabinet.identity.applications;

import dev.kabinet.identity.phoneconfirmation.RetryLater;
import dev.kabinet.platform.problem.DomainProblem;
import java.time.Duration;

/** Too many applications from one address (ID-4): try again after {@code retryAfter}. */
public class AccessApplicationsExceeded extends DomainProblem implements RetryLater {

    private final Duration retryAfter;

    public AccessApplicationsExceeded(Duration retryAfter) {
        super("access-applications-exceeded", Math.max(1, (retryAfter.toSeconds() + 59) / 60));
        this.retryAfter = retryAfter;
    }

    @Override
    public Duration retryAfter() {
        return retryAfter;
    }
}
