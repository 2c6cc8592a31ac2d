package com.clinicnetwork.idempotency;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long idempotency records are kept.
 *
 * @param retention        how long a key answers repeats with the first result; after that a repeat is a new request
 *                         and the record is deleted
 * @param cleanupInterval  how often records past the retention are deleted
 * @param cleanupBatchSize how many records one delete statement removes at most
 */
@Validated
@ConfigurationProperties("clinic.idempotency")
public record IdempotencyProperties(
        @DefaultValue("24h") @NotNull @DurationMin(minutes = 1) Duration retention,
        @DefaultValue("1h") @NotNull @DurationMin(seconds = 1) Duration cleanupInterval,
        @DefaultValue("1000") @Min(1) @Max(100_000) int cleanupBatchSize) {
}
