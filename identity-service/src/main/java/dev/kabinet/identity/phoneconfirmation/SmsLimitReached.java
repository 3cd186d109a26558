package dev.kabinet.identity.phoneconfirmation;

import dev.kabinet.platform.problem.DomainProblem;
import java.time.Duration;

/** Too many codes to this phone or from this address in the last hour or day (OWASP API4: SMS cost money). */
public class SmsLimitReached extends DomainProblem implements RetryLater {

    private final Duration retryAfter;

    public SmsLimitReached(Duration retryAfter) {
        super("sms-limit-reached", minutes(retryAfter));
        this.retryAfter = retryAfter;
    }

    @Override
    public Duration retryAfter() {
        return retryAfter;
    }

    private static long minutes(Duration d) {
        return Math.max(1, (d.toSeconds() + 59) / 60);
    }
}
