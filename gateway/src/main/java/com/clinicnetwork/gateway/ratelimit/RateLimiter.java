package com.clinicnetwork.gateway.ratelimit;

import reactor.core.publisher.Mono;

/** Takes one request from the bucket of {@code key} under the named policy. */
public interface RateLimiter {

    Mono<RateLimitDecision> acquire(String policyName, RateLimitPolicy policy, String key);
}
