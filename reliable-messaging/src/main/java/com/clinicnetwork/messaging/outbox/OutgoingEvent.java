package com.clinicnetwork.messaging.outbox;

import java.util.Objects;

/**
 * An event to publish once the surrounding transaction commits.
 *
 * @param topic         contract topic, see {@code Topics}
 * @param key           Kafka key: the id of the entity, so its events stay in order on one partition
 * @param type          CloudEvents type, see {@code EventTypes}
 * @param subject       CloudEvents subject: the entity the event is about
 * @param schemaVersion version of the payload's schema
 * @param payload       a contract record, serialized as JSON
 */
public record OutgoingEvent(String topic, String key, String type, String subject, int schemaVersion, Object payload) {

    public OutgoingEvent {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(payload, "payload");
        if (schemaVersion < 1) {
            throw new IllegalArgumentException("schemaVersion must be positive");
        }
    }

    /** An event about one entity, keyed and subjected by its id, at schema version 1. */
    public static OutgoingEvent about(String topic, String type, Object entityId, Object payload) {
        return new OutgoingEvent(topic, entityId.toString(), type, entityId.toString(), 1, payload);
    }
}
