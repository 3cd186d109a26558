package dev.kabinet.gateway.limits;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * In-memory token buckets, one per client key: {@code capacity} requests at once, refilled continuously by
 * {@code refillPerSecond}. Buckets of clients that went quiet are dropped now and then, so the map stays small.
 * Per gateway instance: with several replicas each one limits on its own, which is enough against a runaway client.
 */
final class TokenBuckets {

    private static final int SWEEP_EVERY = 1024;

    private final int capacity;
    private final double tokensPerNano;
    private final long idleNanos;
    private final LongSupplier nanoClock;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong calls = new AtomicLong();

    TokenBuckets(int capacity, int refillPerSecond, LongSupplier nanoClock) {
        this.capacity = capacity;
        this.tokensPerNano = refillPerSecond / 1e9;
        // a bucket untouched this long is full again and can be forgotten
        this.idleNanos = Math.max(Duration.ofMinutes(1).toNanos(), (long) (capacity / tokensPerNano));
        this.nanoClock = nanoClock;
    }

    /** Takes a token for the key; the answer says whether it was allowed and, if not, when to retry. */
    Decision take(String key) {
        long now = nanoClock.getAsLong();
        if (calls.incrementAndGet() % SWEEP_EVERY == 0) {
            buckets.values().removeIf(bucket -> bucket.idleSince(now) > idleNanos);
        }
        return buckets.computeIfAbsent(key, k -> new Bucket(capacity, now)).take(now);
    }

    int size() {
        return buckets.size();
    }

    record Decision(boolean allowed, long retryAfterSeconds) {}

    private final class Bucket {

        private double tokens;
        private long updated;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updated = now;
        }

        synchronized Decision take(long now) {
            tokens = Math.min(capacity, tokens + (now - updated) * tokensPerNano);
            updated = now;
            if (tokens >= 1) {
                tokens -= 1;
                return new Decision(true, 0);
            }
            long wait = (long) Math.ceil((1 - tokens) / tokensPerNano / 1e9);
            return new Decision(false, Math.max(1, wait));
        }

        synchronized long idleSince(long now) {
            return now - updated;
        }
    }
}
