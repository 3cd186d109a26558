package dev.kabinet.notification.deliveries;

import java.time.Duration;

/**
 * How often and how patiently an e-mail is tried: at most {@code maxAttempts} attempts, waiting {@code firstDelay}
 * after the first failure and {@code multiplier} times longer after each next one, never more than {@code maxDelay}.
 */
public record RetryPolicy(int maxAttempts, Duration firstDelay, double multiplier, Duration maxDelay) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("At least one attempt");
        }
        if (multiplier < 1.0) {
            throw new IllegalArgumentException("The wait never shrinks");
        }
    }

    /** The wait after the {@code failedAttempts}-th failed attempt (1 = the first). */
    public Duration delayAfter(int failedAttempts) {
        double millis = firstDelay.toMillis() * Math.pow(multiplier, Math.max(0, failedAttempts - 1));
        return millis >= maxDelay.toMillis() ? maxDelay : Duration.ofMillis(Math.round(millis));
    }
}
