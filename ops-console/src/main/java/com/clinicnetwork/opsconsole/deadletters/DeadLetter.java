package com.clinicnetwork.opsconsole.deadletters;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A dead letter as operators see it: where it is, where it came from, what kind of event and why it
 * failed. Deliberately without key, payload or exception message, which may hold personal data.
 *
 * @param originalTopic     the topic the consumer failed on
 * @param consumerGroup     the group whose listener gave up on it, when recorded
 * @param eventType         the CloudEvents type ({@code ce_type}), null when the record had none
 * @param eventId           the CloudEvents id ({@code ce_id}), null when the record had none
 * @param cause             the class of the failure's cause ({@code kafka_dlt-exception-cause-fqcn})
 * @param state             PENDING, REPLAYED or DISCARDED
 */
public record DeadLetter(String topic, int partition, long offset, @Nullable String originalTopic,
        @Nullable Integer originalPartition, @Nullable Long originalOffset, @Nullable String consumerGroup,
        @Nullable String eventType, @Nullable String eventId, @Nullable String cause, Instant deadLetteredAt,
        State state, @Nullable Instant handledAt, @Nullable String handledBy) {

    public enum State { PENDING, REPLAYED, DISCARDED }

    DeadLetterCoordinates coordinates() {
        return new DeadLetterCoordinates(topic, partition, offset);
    }

    DeadLetter handled(Handling handling) {
        return new DeadLetter(topic, partition, offset, originalTopic, originalPartition, originalOffset, consumerGroup,
                eventType, eventId, cause, deadLetteredAt, handling.action(), handling.at(), handling.by());
    }
}
