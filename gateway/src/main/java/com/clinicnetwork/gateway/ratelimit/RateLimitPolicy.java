package com.clinicnetwork.gateway.ratelimit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * A token bucket: up to {@code capacity} requests at once, refilled by {@code refillTokens} requests
 * every {@code refillPeriod}. E.g. capacity 40, 20 per 1s allows a burst of 40 and 20 requests per
 * second sustained.
 */
public record RateLimitPolicy(
        @Min(1) @Max(1_000_000) int capacity,
        @Min(1) @Max(1_000_000) int refillTokens,
        @NotNull Duration refillPeriod) {

    public RateLimitPolicy {
        if (refillPeriod != null && refillPeriod.toMillis() < 1) {
            throw new IllegalArgumentException("A rate-limit refill period must be at least 1 ms");
        }
    }

    double tokensPerMilli() {
        return (double) refillTokens / refillPeriod.toMillis();
    }

    /** How long an untouched bucket takes to fill up completely, after which it can be forgotten. */
    Duration timeToFill() {
        return Duration.ofMillis((long) Math.ceil(capacity / tokensPerMilli()));
    }
}
