package com.clinicnetwork.messaging;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How a service publishes and consumes events.
 *
 * @param source           CloudEvents {@code source} of the events this service publishes
 * @param partitions       partitions of each contract topic when this service creates it
 * @param replicationFactor replicas of each topic (1 for a single local broker)
 * @param relay            the outbox relay
 * @param retry            how often a failing record is retried before it is dead-lettered
 * @param metrics          how fresh the outbox and consumer-lag gauges are
 */
@Validated
@ConfigurationProperties("clinic.messaging")
public record MessagingProperties(
        @NotBlank String source,
        @DefaultValue("3") @Min(1) @Max(100) int partitions,
        @DefaultValue("1") @Min(1) @Max(5) short replicationFactor,
        @DefaultValue @Valid Relay relay,
        @DefaultValue @Valid Retry retry,
        @DefaultValue @Valid Metrics metrics) {

    /**
     * @param enabled           whether this instance relays its outbox (every replica may; a database lock elects one at a time)
     * @param interval          longest pause between two relay passes: a local commit wakes the relay at once, so this
     *                          bounds the latency of other replicas' events and the retry pace during an outage
     * @param batchSize         outbox rows relayed per pass
     * @param sendTimeout       how long one pass waits for the broker before it gives up and retries later
     * @param publishedRetention how long relayed rows are kept for inspection before they are deleted
     * @param cleanupInterval   how often relayed rows past the retention are deleted
     */
    public record Relay(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("100ms") @NotNull Duration interval,
            @DefaultValue("200") @Min(1) @Max(10_000) int batchSize,
            @DefaultValue("10s") @NotNull Duration sendTimeout,
            @DefaultValue("7d") @NotNull Duration publishedRetention,
            @DefaultValue("1h") @NotNull Duration cleanupInterval) {
    }

    /**
     * @param maxRetries     retries after the first failed attempt
     * @param initialBackoff pause before the first retry
     * @param multiplier     growth of the pause between retries
     * @param maxBackoff     longest pause between two retries
     */
    public record Retry(
            @DefaultValue("3") @Min(0) @Max(20) int maxRetries,
            @DefaultValue("200ms") @NotNull Duration initialBackoff,
            @DefaultValue("2.0") @DecimalMin("1.0") double multiplier,
            @DefaultValue("5s") @NotNull Duration maxBackoff) {
    }

    /**
     * @param outboxRefreshInterval      how often the outbox backlog is counted (one indexed query)
     * @param consumerLagRefreshInterval how often the consumer groups' offsets are compared with the topics' ends
     */
    public record Metrics(
            @DefaultValue("5s") @NotNull Duration outboxRefreshInterval,
            @DefaultValue("10s") @NotNull Duration consumerLagRefreshInterval) {
    }
}
