package com.clinicnetwork.notification.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * A message to one recipient and the state of its delivery, with the appointment details the message
 * is rendered from.
 */
public record Notification(
        UUID id,
        UUID appointmentId,
        long appointmentVersion,
        UUID clientId,
        UUID locationId,
        UUID therapistId,
        UUID treatmentId,
        Instant startsAt,
        Instant endsAt,
        Channel channel,
        String template,
        String recipient,
        String recipientName,
        String locale,
        NotificationStatus status,
        int attempts,
        Instant createdAt,
        Instant sentAt,
        String lastError) {
}
