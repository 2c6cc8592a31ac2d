package com.clinicnetwork.messaging.inbox;

import java.time.Instant;
import java.util.UUID;

/** A consumed event whose CloudEvents attributes and payload have been checked. */
public record ReceivedEvent<T>(UUID id, String type, String source, String subject, Instant time, int schemaVersion, T payload) {
}
