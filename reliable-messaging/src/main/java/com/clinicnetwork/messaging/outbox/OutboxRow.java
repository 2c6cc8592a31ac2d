package com.clinicnetwork.messaging.outbox;

import java.time.Instant;
import java.util.UUID;

/** @param traceParent W3C trace context of the writing transaction; null if it ran outside a trace */
record OutboxRow(
        long position,
        UUID id,
        String topic,
        String messageKey,
        String eventType,
        String subject,
        int schemaVersion,
        String payload,
        Instant createdAt,
        String traceParent) {
}
