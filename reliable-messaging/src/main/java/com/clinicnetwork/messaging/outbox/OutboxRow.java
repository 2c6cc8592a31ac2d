package com.clinicnetwork.messaging.outbox;

import java.time.Instant;
import java.util.UUID;

record OutboxRow(
        long position,
        UUID id,
        String topic,
        String messageKey,
        String eventType,
        String subject,
        int schemaVersion,
        String payload,
        Instant createdAt) {
}
