package com.clinicnetwork.opsconsole.kafka;

import com.clinicnetwork.contracts.CloudEventHeaders;
import com.clinicnetwork.contracts.EventTypes;
import com.clinicnetwork.contracts.Topics;
import com.clinicnetwork.contracts.notification.NotificationOutcome;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The newest {@code notification.failed} events of {@code clinic.notifications.v1}. notification-service's
 * list endpoint has no status filter, so the console reads the events, which by contract carry no
 * recipient and no message content (the error is redacted by the sender).
 */
@Component
public class NotificationFailures {

    @Schema(name = "NotificationFailure")
    public record Failure(UUID notificationId, @Nullable UUID appointmentId, @Nullable UUID locationId, String channel,
            String template, int attempts, OffsetDateTime occurredAt, @Nullable String error) {
    }

    private final OpsKafka kafka;
    private final JsonMapper json;

    public NotificationFailures(OpsKafka kafka, JsonMapper json) {
        this.kafka = kafka;
        this.json = json;
    }

    /** At most {@code limit} failures, newest first, among the newest {@code scanPerPartition} events of each partition. */
    public List<Failure> recent(int limit, int scanPerPartition) {
        List<TopicPartition> partitions = kafka.partitions(List.of(Topics.NOTIFICATIONS));
        Map<TopicPartition, Long> start = kafka.offsets(partitions, OffsetSpec.earliest());
        Map<TopicPartition, Long> end = kafka.offsets(partitions, OffsetSpec.latest());
        Map<TopicPartition, Long> from = new HashMap<>();
        end.forEach((partition, last) -> from.put(partition, Math.max(start.getOrDefault(partition, 0L), last - scanPerPartition)));
        List<Failure> failures = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> record : kafka.read(from, end)) {
            if (EventTypes.NOTIFICATION_FAILED.equals(OpsKafka.header(record, CloudEventHeaders.TYPE))) {
                parse(record.value()).ifPresent(failures::add);
            }
        }
        failures.sort(Comparator.comparing(Failure::occurredAt).reversed());
        return failures.size() > limit ? List.copyOf(failures.subList(0, limit)) : failures;
    }

    /** An event that does not match the contract is skipped: it is the producer's bug, not the console's to show. */
    private Optional<Failure> parse(byte[] value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            NotificationOutcome outcome = json.readValue(value, NotificationOutcome.class);
            if (outcome.notificationId() == null || outcome.occurredAt() == null) {
                return Optional.empty();
            }
            return Optional.of(new Failure(outcome.notificationId(), outcome.appointmentId(), outcome.locationId(),
                    outcome.channel(), outcome.template(), outcome.attempts(), outcome.occurredAt(), outcome.error()));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }
}
