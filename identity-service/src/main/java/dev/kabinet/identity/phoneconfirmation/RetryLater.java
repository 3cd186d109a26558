package dev.kabinet.identity.phoneconfirmation;

import java.time.Duration;

/** A refusal that ends by itself: the web adapter says when to try again ({@code Retry-After}). */
public interface RetryLater {

    Duration retryAfter();

    /** Whole seconds, rounded up, at least 1. */
    default long retryAfterSeconds() {
        long millis = retryAfter().toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }
}
