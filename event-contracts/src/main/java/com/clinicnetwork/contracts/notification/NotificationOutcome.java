package com.clinicnetwork.contracts.notification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Payload of {@code notification.sent} and {@code notification.failed} on {@code clinic.notifications.v1},
 * keyed by notification id. For operations and audit: no recipient, no message content.
 *
 * @param appointmentId the appointment the message was about, if any
 * @param error         on {@code notification.failed}: a short technical reason without personal data
 */
public record NotificationOutcome(
        @NotNull UUID notificationId,
        UUID appointmentId,
        @NotNull UUID locationId,
        @NotBlank String channel,
        @NotBlank String template,
        @NotBlank String status,
        @PositiveOrZero int attempts,
        @NotNull OffsetDateTime occurredAt,
        String error) {
}
