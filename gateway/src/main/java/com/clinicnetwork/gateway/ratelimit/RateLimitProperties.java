package com.clinicnetwork.gateway.ratelimit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Rate limits of the front door. Buckets live in Redis when {@code spring.data.redis.host} or
 * {@code spring.data.redis.url} is set (shared by all gateway replicas), in the process otherwise.
 *
 * @param enabled  off only for load tests that measure the services themselves
 * @param perUser  per token subject, after the token is validated
 * @param perIp    per client address, before anything else, so floods without a valid token are limited too
 */
@Validated
@ConfigurationProperties("clinic.gateway.rate-limit")
public record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @NotNull @Valid RateLimitPolicy perUser,
        @NotNull @Valid RateLimitPolicy perIp) {
}
