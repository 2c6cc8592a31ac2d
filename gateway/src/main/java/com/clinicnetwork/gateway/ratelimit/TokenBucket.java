package com.clinicnetwork.gateway.ratelimit;

import java.time.Duration;

/** One caller's bucket; the arithmetic the Redis script repeats atomically on the server. */
final class TokenBucket {

    private double tokens;
    private long updatedAtMillis;

    TokenBucket(RateLimitPolicy policy, long nowMillis) {
        this.tokens = policy.capacity();
        this.updatedAtMillis = nowMillis;
    }

    synchronized RateLimitDecision tryTake(RateLimitPolicy policy, long nowMillis) {
        refill(policy, nowMillis);
        if (tokens >= 1) {
            tokens -= 1;
            return RateLimitDecision.ALLOWED;
        }
        long waitMillis = (long) Math.ceil((1 - tokens) / policy.tokensPerMilli());
        return RateLimitDecision.deniedFor(Duration.ofMillis(Math.max(waitMillis, 1)));
    }

    synchronized boolean isFull(RateLimitPolicy policy, long nowMillis) {
        refill(policy, nowMillis);
        return tokens >= policy.capacity();
    }

    private void refill(RateLimitPolicy policy, long nowMillis) {
        long elapsed = Math.max(0, nowMillis - updatedAtMillis);
        tokens = Math.min(policy.capacity(), tokens + elapsed * policy.tokensPerMilli());
        updatedAtMillis = Math.max(updatedAtMillis, nowMillis);
    }
}
