package dev.kabinet.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    private final AtomicLong clock = new AtomicLong(1_000_000_000L);
    private final TokenBuckets buckets = new TokenBuckets(3, 2, clock::get);

    @Test
    void allowsABurstUpToTheCapacityThenRefuses() {
        assertThat(buckets.take("a").allowed()).isTrue();
        assertThat(buckets.take("a").allowed()).isTrue();
        assertThat(buckets.take("a").allowed()).isTrue();
        var refused = buckets.take("a");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);
    }

    @Test
    void refillsOverTime() {
        for (int i = 0; i < 3; i++) {
            buckets.take("a");
        }
        clock.addAndGet(Duration.ofMillis(500).toNanos());
        assertThat(buckets.take("a").allowed()).isTrue();
        assertThat(buckets.take("a").allowed()).isFalse();
    }

    @Test
    void keepsClientsApart() {
        for (int i = 0; i < 3; i++) {
            buckets.take("a");
        }
        assertThat(buckets.take("a").allowed()).isFalse();
        assertThat(buckets.take("b").allowed()).isTrue();
    }

    @Test
    void forgetsClientsThatWentQuiet() {
        for (int i = 0; i < 100; i++) {
            buckets.take("client-" + i);
        }
        clock.addAndGet(Duration.ofMinutes(5).toNanos());
        for (int i = 0; i < 1024; i++) {
            buckets.take("busy");
        }
        assertThat(buckets.size()).isEqualTo(1);
    }
}
