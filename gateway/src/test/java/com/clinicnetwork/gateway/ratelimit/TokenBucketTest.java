package com.clinicnetwork.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final InMemoryRateLimiter limiter = new InMemoryRateLimiter(now::get);
    private final RateLimitPolicy threePerMinute = new RateLimitPolicy(3, 1, Duration.ofSeconds(20));

    @Test
    void allowsABurstUpToCapacityThenDeniesWithTheTimeUntilTheNextToken() {
        for (int request = 0; request < 3; request++) {
            assertThat(limiter.take("user", threePerMinute, "sam").allowed()).isTrue();
        }

        RateLimitDecision denied = limiter.take("user", threePerMinute, "sam");

        assertThat(denied.allowed()).isFalse();
        assertThat(denied.retryAfter()).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void refillsOverTimeButNeverBeyondCapacity() {
        for (int request = 0; request < 3; request++) {
            limiter.take("user", threePerMinute, "sam");
        }
        now.addAndGet(Duration.ofSeconds(15).toMillis());
        assertThat(limiter.take("user", threePerMinute, "sam").retryAfter()).isEqualTo(Duration.ofSeconds(5));

        now.addAndGet(Duration.ofHours(1).toMillis());
        for (int request = 0; request < 3; request++) {
            assertThat(limiter.take("user", threePerMinute, "sam").allowed()).isTrue();
        }
        assertThat(limiter.take("user", threePerMinute, "sam").allowed()).isFalse();
    }

    @Test
    void keepsSeparateBucketsPerCallerAndPerPolicy() {
        for (int request = 0; request < 3; request++) {
            limiter.take("user", threePerMinute, "sam");
        }

        assertThat(limiter.take("user", threePerMinute, "priya").allowed()).isTrue();
        assertThat(limiter.take("ip", threePerMinute, "sam").allowed()).isTrue();
    }

    @Test
    void forgetsRefilledBucketsOnceManyCallersAreTracked() {
        RateLimitPolicy policy = new RateLimitPolicy(1, 1, Duration.ofSeconds(1));
        for (int caller = 0; caller <= InMemoryRateLimiter.PURGE_THRESHOLD; caller++) {
            limiter.take("ip", policy, "10.0." + caller);
        }
        now.addAndGet(Duration.ofSeconds(2).toMillis());

        limiter.take("ip", policy, "192.0.2.1");

        assertThat(limiter.trackedBuckets()).isEqualTo(1);
    }
}
