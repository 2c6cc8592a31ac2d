package com.clinicnetwork.notification.reminder;

import java.time.Instant;
import java.util.UUID;

/** A reminder due at {@code dueAt}, {@code leadTime} (ISO-8601 duration) before the appointment starts. */
public record Reminder(UUID id, UUID appointmentId, String leadTime, Instant dueAt, Instant startsAt, String status,
        Instant processedAt) {
}
