package com.clinicnetwork.gateway.ratelimit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import reactor.core.publisher.Mono;

/**
 * Buckets in this process: right for a single gateway, and the fallback while Redis is unreachable.
 * Buckets that have filled up again carry no information and are dropped once many callers are
 * tracked, so a flood of distinct addresses cannot grow the map without bound.
 */
public class InMemoryRateLimiter implements RateLimiter {

    static final int PURGE_THRESHOLD = 50_000;

    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final Map<String, RateLimitPolicy> policies = new ConcurrentHashMap<>();
    private final LongSupplier clockMillis;

    public InMemoryRateLimiter(LongSupplier clockMillis) {
        this.clockMillis = clockMillis;
    }

    @Override
    public Mono<RateLimitDecision> acquire(String policyName, RateLimitPolicy policy, String key) {
        return Mono.fromSupplier(() -> take(policyName, policy, key));
    }

    RateLimitDecision take(String policyName, RateLimitPolicy policy, String key) {
        long now = clockMillis.getAsLong();
        if (buckets.size() > PURGE_THRESHOLD) {
            purgeFullBuckets(now);
        }
        policies.put(policyName, policy);
        return buckets.computeIfAbsent(policyName + '\n' + key, ignored -> new TokenBucket(policy, now))
                .tryTake(policy, now);
    }

    int trackedBuckets() {
        return buckets.size();
    }

    private void purgeFullBuckets(long now) {
        buckets.entrySet().removeIf(entry -> {
            RateLimitPolicy policy = policies.get(entry.getKey().substring(0, entry.getKey().indexOf('\n')));
            return policy != null && entry.getValue().isFull(policy, now);
        });
    }
}
