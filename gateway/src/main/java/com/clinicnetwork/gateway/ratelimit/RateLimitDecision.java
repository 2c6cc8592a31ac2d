package com.clinicnetwork.gateway.ratelimit;

import java.time.Duration;

/** Whether a request may pass, and if not, how long until it would. */
public record RateLimitDecision(boolean allowed, Duration retryAfter) {

    static final RateLimitDecision ALLOWED = new RateLimitDecision(true, Duration.ZERO);

    static RateLimitDecision deniedFor(Duration retryAfter) {
        return new RateLimitDecision(false, retryAfter);
    }
}
