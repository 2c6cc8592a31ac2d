package com.clinicnetwork.gateway.ratelimit;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import reactor.core.publisher.Mono;

/**
 * Buckets in Redis, shared by every gateway replica. While Redis cannot be reached the limits are
 * enforced per replica by {@code fallback} rather than not at all, and requests are not failed.
 */
public class RedisRateLimiter implements RateLimiter {

    private static final Logger log = LoggerFactory.getLogger(RedisRateLimiter.class);
    private static final Duration REDIS_TIMEOUT = Duration.ofMillis(500);
    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> SCRIPT = RedisScript.of(new ClassPathResource("ratelimit/token-bucket.lua"), List.class);

    private final ReactiveStringRedisTemplate redis;
    private final RateLimiter fallback;

    public RedisRateLimiter(ReactiveStringRedisTemplate redis, RateLimiter fallback) {
        this.redis = redis;
        this.fallback = fallback;
    }

    @Override
    public Mono<RateLimitDecision> acquire(String policyName, RateLimitPolicy policy, String key) {
        List<String> args = List.of(Integer.toString(policy.capacity()), Integer.toString(policy.refillTokens()),
                Long.toString(policy.refillPeriod().toMillis()));
        return redis.execute(SCRIPT, List.of(bucketKey(policyName, key)), args)
                .next()
                .timeout(REDIS_TIMEOUT)
                .map(RedisRateLimiter::decision)
                .onErrorResume(error -> {
                    // The key holds a subject or an address: it stays out of the log.
                    log.warn("Rate-limit store unreachable, limiting per replica for now: {}", error.toString());
                    return fallback.acquire(policyName, policy, key);
                });
    }

    static String bucketKey(String policyName, String key) {
        return "clinic:gateway:rate-limit:" + policyName + ":" + key;
    }

    private static RateLimitDecision decision(List<?> result) {
        boolean allowed = ((Number) result.get(0)).longValue() == 1;
        return allowed ? RateLimitDecision.ALLOWED
                : RateLimitDecision.deniedFor(Duration.ofMillis(((Number) result.get(1)).longValue()));
    }
}
