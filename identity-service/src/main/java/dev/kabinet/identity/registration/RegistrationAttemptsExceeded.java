package dev.kabinet.identity.registration;

import dev.kabinet.identity.phoneconfirmation.RetryLater;
import dev.kabinet.platform.problem.DomainProblem;
import java.time.Duration;

/** Too many registration attempts from one address (enumeration defence, ID-1): try again after {@code retryAfter}. */
public class RegistrationAttemptsExceeded extends DomainProblem implements RetryLater {

    private final Duration retryAfter;

    public RegistrationAttemptsExceeded(Duration retryAfter) {
        super("registration-attempts-exceeded", Math.max(1, (retryAfter.toSeconds() + 59) / 60));
        this.retryAfter = retryAfter;
    }

    @Override
    public Duration retryAfter() {
        return retryAfter;
    }
}
