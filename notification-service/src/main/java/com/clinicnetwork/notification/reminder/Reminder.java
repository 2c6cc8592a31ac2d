package com.clinicnetwork.notification.reminder;

import java.time.Instant;
import java.util.UUID;

/**
 * A reminder due at {@code dueAt}, {@code leadTime} (ISO-8601 duration) before the appointment starts.
 *
 * @param kind {@code REMINDER}, or {@code CONFIRMATION_REQUEST}: the extra one that asks the client of a booking at risk
 *             of a no-show to confirm they will come
 */
public record Reminder(UUID id, UUID appointmentId, String kind, String leadTime, Instant dueAt, Instant startsAt,
        String status, Instant processedAt) {

    static final String CONFIRMATION_REQUEST = "CONFIRMATION_REQUEST";

    boolean isConfirmationRequest() {
        return CONFIRMATION_REQUEST.equals(kind);
    }
}
