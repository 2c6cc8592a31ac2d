package com.clinicnetwork.gateway.resilience;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the gateway protects callers from a failing service. One circuit breaker per service (the
 * route's {@code CircuitBreaker} filter name).
 *
 * @param timeout              longest a request may take end to end, retries included
 * @param failureRateThreshold percentage of failed calls in the window that opens the circuit
 * @param slidingWindowSize    calls the failure rate is computed over
 * @param minimumNumberOfCalls calls needed before the failure rate counts
 * @param openStateWait        how long an open circuit answers 503 at once before it lets trial calls through
 * @param halfOpenCalls        trial calls that decide whether the circuit closes again
 */
@Validated
@ConfigurationProperties("clinic.gateway.resilience")
public record ResilienceProperties(
        @DefaultValue("10s") @NotNull Duration timeout,
        @DefaultValue("50") @Min(1) @Max(100) int failureRateThreshold,
        @DefaultValue("20") @Min(1) @Max(1000) int slidingWindowSize,
        @DefaultValue("10") @Min(1) @Max(1000) int minimumNumberOfCalls,
        @DefaultValue("15s") @NotNull Duration openStateWait,
        @DefaultValue("3") @Min(1) @Max(100) int halfOpenCalls) {
}
