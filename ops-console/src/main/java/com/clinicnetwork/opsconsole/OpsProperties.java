package com.clinicnetwork.opsconsole;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What the operator console looks at.
 *
 * @param services                 each service by name and its base URL (actuator endpoints below it)
 * @param kafkaBootstrapServers    the platform's Kafka cluster
 * @param probeTimeout             how long one service's actuator may take before it counts as down
 * @param kafkaTimeout             how long one Kafka admin/consumer/producer call may take
 * @param deadLettersPerPartition  how many of the newest records of each dead-letter partition are listed
 * @param recentFailures           how many of the newest notification failures are shown
 * @param failureScanPerPartition  how many of the newest notification events per partition are scanned for failures
 * @param throughputMinutes        how many minutes of event throughput are shown
 * @param handledReplicationFactor replicas of the compacted topic that remembers handled dead letters
 * @param kafkaProperties          further Kafka client settings for the console's admin client, consumers and
 *                                 producer, such as {@code security.protocol}, {@code sasl.mechanism} and
 *                                 {@code sasl.jaas.config} for a broker that requires SASL (docker compose)
 */
@Validated
@ConfigurationProperties("clinic.ops")
public record OpsProperties(
        @NotEmpty Map<String, URI> services,
        @NotBlank @DefaultValue("127.0.0.1:9092") String kafkaBootstrapServers,
        @NotNull @DefaultValue("2s") Duration probeTimeout,
        @NotNull @DefaultValue("3s") Duration kafkaTimeout,
        @Min(1) @Max(5000) @DefaultValue("200") int deadLettersPerPartition,
        @Min(1) @Max(500) @DefaultValue("20") int recentFailures,
        @Min(1) @Max(10_000) @DefaultValue("500") int failureScanPerPartition,
        @Min(1) @Max(120) @DefaultValue("15") int throughputMinutes,
        @Min(1) @Max(10) @DefaultValue("1") short handledReplicationFactor,
        Map<String, String> kafkaProperties) {

    public OpsProperties {
        services = Map.copyOf(services == null ? Map.of() : services);
        services.forEach(OpsProperties::requireHttpUrl);
        kafkaProperties = Map.copyOf(kafkaProperties == null ? Map.of() : kafkaProperties);
        for (Duration timeout : new Duration[] {probeTimeout, kafkaTimeout}) {
            if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
                throw new IllegalArgumentException("clinic.ops: timeouts must be positive, got " + timeout);
            }
        }
    }

    private static void requireHttpUrl(String name, URI url) {
        boolean http = ("http".equals(url.getScheme()) || "https".equals(url.getScheme())) && url.getHost() != null
                && url.getRawQuery() == null && url.getRawFragment() == null;
        if (!http) {
            throw new IllegalArgumentException("clinic.ops.services." + name + ": expected http(s)://host[:port], got " + url);
        }
    }
}
